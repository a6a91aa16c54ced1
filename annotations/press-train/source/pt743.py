# pt743 — ewag.fr, the Martinique digital entrepreneurs' association MartiniqueTech and its president (2015)
BODY_START = None
BODY_END = None
MT = "MartiniqueTech"

RECORDS = [
    D("Depuis [2012]", "2012"),
    O(MT, "association", [(MT, 1), (MT, 2), (MT, 3)]),
    P("Jean-Albert Coopmann", ["Jean-Albert Coopmann"]),      # photo credit
    D("24 septembre", "XXXX-09-24"),
    P("Emmanuel Joseph", ["Emmanuel Joseph"], roles=[("le [président] de l’association", MT)]),
    L("Martinique", [("Martinique", 1), ("Martinique", 2)]),
    D("en [2012]", "2012"),
    L("Paris", ["Paris"]),
    L("Berlin", ["Berlin"]),
    L("New York", ["New York"]),
]
UNANNOTATED = []
