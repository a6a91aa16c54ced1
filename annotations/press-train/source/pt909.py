# pt909 — quidam-hebdo.com, the Lot-et-Garonne employers' federation elects two co-presidents (2026)
BODY_START = None
BODY_END = None
M47 = "Medef Lot-et-Garonne"
COPRES = ("élus [coprésidents]", M47)
COPRES2 = ("nouveaux [coprésidents] succèdent", M47)

# "dirigée par" (§11, §15) gives only an affiliation, already carried by their titled roles
RECORDS = [
    O(M47, "association", [M47, "Medef 47", ("Medef", 3)], aliases=["Medef 47"]),   # "fait du Medef un représentant ... dans le département": the same body
    D("Depuis [mercredi 4 février]", "XXXX-02-04"),
    P("Aude Grall", [("Aude Grall", i) for i in range(1, 5)],
      roles=[COPRES, COPRES2,
             ("[avocate en droit du travail et droit des affaires]", None),
             (None, "Fidal")]),                                   # "à la tête du cabinet Fidal"
    P("Maxime Leymond", [("Maxime Leymond", i) for i in range(1, 4)],
      roles=[COPRES, COPRES2,
             ("Leymond est [dirigeant] de sociétés", None)]),
    P("Jean-Luc Guéry", [("Jean-Luc Guéry", 1), ("Jean-Luc", 2), ("Jean-Luc Guéry", 2)]),   # the predecessor; no title written
    O("Fidal", "company", ["Fidal"]),
    L("Agen", [("Agen", 1), ("Agen", 2)]),
]
UNANNOTATED = []
