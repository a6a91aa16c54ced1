# pt748 — lasemaine.fr, Grand Est start-up fundraising observatory: two Metz start-ups among the largest rounds (2023)
BODY_START = None
BODY_END = None
BO = "Blue Omingmak"
FTE = "French Tech Est"

RECORDS = [
    L("Metz", [("Metz", 1), ("Metz", 2)]),
    D(("2023", 1), "2023"),
    # "0" / "© DR": comment counter and photo credit, no records
    O(BO, "company", [(BO, 1), (BO, 2)]),
    O(FTE, "other", [(FTE, 1), (FTE, 2)]),
    D(("2023", 2), "2023"),
    L("Grand Est", [("Grand Est", 1), ("Grand Est", 2), ("Grand Est", 3)]),
    L("Nancy", ["Nancy"]),
    D(("2023", 3), "2023"),
    D(("2023", 4), "2023"),
    D("L’année dernière", None, relative=True),
    D(("2022", 1), "2022"),
    A("1,5 à 30 millions d’euros", 1500000, value_max=30000000),
    A("inférieurs à [600 000 euros]", 600000, qualifier="under"),
    A("88 millions d’euros", 88000000),        # three rounds together: no single recipient
    A("149 millions d’euros", 149000000),
    D(("2022", 2), "2022"),
    O("Lithium de France", "company", ["Lithium de France"]),
    L("Bischwiller", ["Bischwiller"]),
    L("Bas-Rhin", ["Bas-Rhin"]),
    O("SESAMm", "company", ["SESAMm"]),
    O("45-8 Energy", "company", ["45-8 Energy"]),
    A("160 millions d’euros", 160000000),
    D(("2022", 3), "2022"),
    A("28 millions d’euros", 28000000),
    D(("2023", 5), "2023"),
    D(("2022", 4), "2022"),
]
UNANNOTATED = []
