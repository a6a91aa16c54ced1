# pt424 — millavois.com (2020), CréaLab fab lab moves within the Créa (Millau).
BODY_START = None
BODY_END = None

RECORDS = [
    L("Millau", ["Millau"]),
    L("Créa", [("Créa", 1), ("Créa", 2)]),  # the building
    P("Philippe Jimenez", [("Philippe Jimenez", 1), ("Philippe Jimenez", 2), ("Philippe Jimenez", 3)],
      roles=[("Jimenez, [président] de CréaLab", "CréaLab"),
             ("Jimenez, [président] de l’association", "CréaLab")]),
    O("CréaLab", "association",
      [("CréaLab", 1), "Créalab", ("CréaLab", 2), ("CréaLab", 3), ("CréaLab", 4)]),
    P("Christophe Saint-Pierre", ["Christophe Saint-Pierre"], roles=[("du [maire] Christophe", None)]),
    L("avenue Sadi-Carnot", ["avenue Sadi-Carnot"]),
    A("30 €", 30),
    A("33.000 €", 33000),
]

UNANNOTATED = []
