# pt461 — wixsite (le-pestacle), La FabriK tiers-lieu run by Les Fabrigands (Deux-Sèvres).
BODY_START = None
BODY_END = None

RECORDS = [
    O("Idéosphère", "other", ["Compagnie [Idéosphère]"], aliases=["Compagnie Idéosphère"]),  # §16: capitalized generic head noun left out
    D("En [octobre 2017]", "2017-10"),
    D("En [juillet 2018]", "2018-07"),
    O("Les Fabrigands", "association", [("Les Fabrigands", 1), ("Les Fabrigands", 2), ("Les Fabrigands", 3)]),
    L("La FabriK", ["La FabriK"]),  # the venue, run by the association Les Fabrigands
    L("Château-Bourdin", ["Château-Bourdin"]),
    L("Saint-Pardoux-Soutiers", ["Saint-Pardoux-Soutiers"]),
    L("Deux-Sèvres", ["Deux-Sèvres"]),
    D("créée en [2018]", "2018"),
    M("une petite centaine de membres", "Les Fabrigands", 100, "membres", "about"),  # "dont une quarantaine de membres actifs": same statement
]

UNANNOTATED = []
