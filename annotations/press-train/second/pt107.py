# pt107 (second annotation, annotator 6) — guadeloupe-numerique.fr, interview of GuadeloupeTech's president
BODY_END = None

RECORDS = [
    P("Betty Fausta", [("Betty Fausta", i) for i in range(1, 4)],
      roles=[("sa [présidente]", "GuadeloupeTech")]),     # restated in the caption: one role

    O("GuadeloupeTech", "association", [("GuadeloupeTech", i) for i in range(1, 6)]),
    O("IPEOS", "company", ["IPEOS"]),                     # photo credit

    L("Guadeloupe", ["reconnu en [Guadeloupe]", "salariés en [Guadeloupe]"]),

    M("compte [110 adhérents]", "GuadeloupeTech", 110, "adhérents"),
    M("Les [110 adhérents]", "GuadeloupeTech", 110, "adhérents"),
]

UNANNOTATED = []
