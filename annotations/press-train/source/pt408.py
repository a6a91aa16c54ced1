# pt408 — ewag.fr, tiers-lieux in Guadeloupe.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Amandine Ascensio", ["Amandine Ascensio"]),  # byline
    D("[Voilà une dizaine d’années]", None, relative=True),
    L("France", ["France"]),
    L("Guadeloupe", ["Guadeloupe"]),
    L("Jarry", [("Jarry", 1), ("Jarry", 2)]),  # "le Fab-Lab de Jarry": a fab lab at Jarry, generic noun
    D("en [2015]", "2015"),
    O("Spot", "other", ["le [Spot] à Jarry"]),
    O("Fort Coworking", "other", ["Fort Coworking"]),
    P("Béatrice Souillet", ["Béatrice Souillet"],
      roles=[("[fondatrice] du tiers-lieu", "L’Admerane")]),
    O("L’Admerane", "other", ["L’Admerane"]),
]

UNANNOTATED = []
