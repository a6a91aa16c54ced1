# guadeloupe-numerique: interview of GuadeloupeTech's president.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Betty Fausta", [("Betty Fausta", 1), ("Betty Fausta", 2), ("Betty Fausta", 3)],
      roles=[("Betty Fausta, sa [présidente]", "GuadeloupeTech")]),

    O("GuadeloupeTech", "association", [("GuadeloupeTech", i) for i in range(1, 6)]),
    O("IPEOS", "company", ["IPEOS"]),  # photo credit

    L("Guadeloupe", [("Guadeloupe", 1), ("Guadeloupe", 2)]),

    M("110 adhérents", "GuadeloupeTech", 110, "adhérents"),
    M(("110 adhérents", 2), "GuadeloupeTech", 110, "adhérents"),
]
UNANNOTATED = []
