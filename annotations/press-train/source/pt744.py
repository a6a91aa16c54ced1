# pt744 — herault-tribune.com, the water competitiveness cluster Aqua-Valley born of a merger (2017)
BODY_START = None
BODY_END = None
AV = "Aqua-Valley"

RECORDS = [
    O(AV, "association", [(AV, 1), (AV, 2), (AV, 3), (AV, 4), "Aqua Valley", (AV, 5), (AV, 6), (AV, 7)]),
    D(("28 juin dernier", 1), None, relative=True),
    O("Pôle Eau", "association", ["Pôle Eau"]),
    D("en [2010]", "2010"),
    O("Swelia", "association", ["Swelia"]),
    O("Water Sensors Membranes", "association", ["WSM", "Water Sensors Membranes"], aliases=["WSM"]),
    L("Montpellier", [("Montpellier", 1), ("Montpellier", 2)]),
    D("stratégie [2018]", "2018"),
    O("Hérault Juridique", "media", ["Hérault Juridique"]),
    D("jeudi 19 octobre 2017", "2017-10-19"),
    D(("28 juin dernier", 2), None, relative=True),
    L("PACA", ["PACA"]),
    O("Ea éco-entreprises", "association", ["Ea éco-entreprises"]),
    M("250 adhérents", AV, 250, "adhérents"),
    L("Occitanie", ["Occitanie"]),
    L("Provence-Alpes-Côte d’Azur", ["Provence-Alpes-Côte d’Azur"]),
    A("1,9 million d’euros", 1900000, to=AV),        # the pôle's budget (§13, budgets)
    D("mardi 17 octobre 2017", "2017-10-17"),
    P("Benoît Gillmann", ["Benoît Gillmann"], roles=[("Gillmann, [vice-président]", AV)]),
    P("Sylvain Boucher", [("Sylvain Boucher", 1), "sylvain boucher", ("Sylvain Boucher", 2)],
      roles=[("le [président] du nouveau pôle", AV), ("Boucher, [président]", AV)]),   # the image line "... president": no role
    L("Marseille", ["Marseille"]),
    P("D. Croci", ["D. Croci"]),                # photo credit
    L("France", ["France"]),
]
UNANNOTATED = []
