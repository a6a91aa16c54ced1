# pt843 — correspondances.fr, the cross-border business angels forum Seed4Start opens its sixth edition (2016)
BODY_START = None
BODY_END = None
CCI = "Chambre de commerce et d’industrie de Meurthe-et-Moselle"

RECORDS = [
    P("Boris Ouarnier", ["Boris Ouarnier"], roles=[("responsable de CCI O2 Bilan", CCI)]),   # a unit of the CCI

    O(CCI, "public_body", [CCI]),

    L("Luxembourg", [("Luxembourg", 1), ("Luxembourg", 2)]),
    L("Lorraine", [("Lorraine", 1), ("Lorraine", 2)]),
    L("Wallonie", [("Wallonie", 1), ("Wallonie", 2)]),

    D("9 septembre", "XXXX-09-09"),
    D("fin 2016", "2016", mod="END"),
    D("en [fin d’année] au", None, relative=True),
    A("13 millions d’euros", 13000000),              # raised by the 24 financed companies
    A("8 millions d’euros", 8000000),
    A("entre [100 000 euros et un millions d’euros]", 100000, value_max=1000000),
    D("En [fin d’année], les", None, relative=True),
]

# "Seed4Start", "Seed4Start Pitching Days", "Road Show Pitching Days": a forum and its events, not organizations.
UNANNOTATED = []
