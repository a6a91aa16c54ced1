# pt422 — strasbourg.blog (2017), the AV.LAB fablab at the Shadok.
BODY_START = None
BODY_END = None

RECORDS = [
    # "le FabLab": the association's fab lab, a common noun with capitals
    O("AV.LAB", "association", ["AV.LAB"]),
    L("Shadok", ["du [Shadok]", "[Shadok], espace", "rejoindre le [Shadok]"]),  # the venue, "un lieu géré par la Ville et l'Eurométropole"
    L("presqu’île Malraux", ["presqu’île Malraux"]),
    O("Eurométropole de Strasbourg", "public_body", ["Eurométropole de Strasbourg"]),
    D("créée en [2012]", "2012"),
    D("En [2015]", "2015"),
    L("Docks", ["Docks"]),
]

UNANNOTATED = []
