# pt921 — lestrade.info, a network of business leaders' associations in northern Lorraine holds its first entrepreneurs' party
BODY_START = None
BODY_END = None
RG = "Réunir, Entreprendre Agir en Inter-Réseaux"   # "RE@GIR (Réunir, ...)": the expansion is the fullest form
ELN = "Entreprendre en Lorraine Nord"

RECORDS = [
    O(RG, "association", [("RE@GIR", 1), ("RE@GIR", 2), ("RE@GIR", 3), RG, ("RE@GIR", 4), ("RE@GIR", 5)],
      aliases=["RE@GIR"]),
    D(("le [23 juin dernier]", 1), None, relative=True),
    L("château Guy de Wendel", ["château Guy de Wendel", "Château de Wendel"]),
    L("Hayange", [("Hayange", 1), ("Hayange", 2)]),
    D(("le [23 juin dernier]", 2), None, relative=True),
    O("CAC 140", "association", ["CAC 140"]),
    P("Jean-Pierre George", [("Jean-Pierre George", 1), ("Jean-Pierre George", 2)],
      roles=[("George, [président] d’Entreprendre", ELN)]),
    O(ELN, "association", [ELN, "ELN"], aliases=["ELN"]),
    M("[20 association d’entrepreneurs] le composent", RG, 20, "association d’entrepreneurs"),
    D("en [juin dernier]", None, relative=True),
    P("Maurice Chevalier", ["Maurice Chevalier"]),
]
UNANNOTATED = []
