# Place Gre'net 2019: French Tech in the Alps becomes a Capitale French Tech.
BODY_START = "La French tech in the Alps a décroché"  # "EN BREF –" rubric
BODY_END = None

RECORDS = [
    P("Kat Borlongan", ["Kat Borlongan"], roles=[("directrice", None)]),  # "de la French Tech": a label, no record
    P("Laura Colombat", ["Laura Colombat"], roles=[("coordinatrice", "French tech in the Alps")]),

    O("French tech in the Alps", "other",
      [("French tech in the Alps", n) for n in range(1, 5)] + ["French Tech in the Alps"]),
    O("Mission French tech", "public_body", [("Mission French tech", 1), ("Mission French tech", 2)]),
    O("Minalogic", "other", ["Minalogic"]),

    L("Genevois français", ["Genevois français"]),
    L("Annecy", ["Annecy"]),
    L("Valence-Romans", ["Valence-Romans"]),
    L("Grenoble", ["Grenoble"]),
    L("Chambéry", ["Chambéry"]),

    D("3 avril dernier", None, relative=True),
    D("début avril", "XXXX-04", mod="START"),
    D("d’ici l’été", None, relative=True),
]
UNANNOTATED = []
