# pt613 — martiniquetech.com, panorama of the Martinique entrepreneurial ecosystem
BODY_END = None

RECORDS = [
    O("MartiniqueTech", "other", ["MartiniqueTech"]),
    O("Idate Consulting", "company", ["Idate\nConsulting"]),
    O("CTM", "public_body", ["CTM"]),
    O("Ministère de l'Outre-Mer", "public_body", ["Ministère de l'Outre-Mer"]),

    L("Martinique", [("Martinique", 1), ("Martinique", 2), ("Martinique", 3)]),

    D("fin d'année dernière", None, mod="END", relative=True),
]

UNANNOTATED = []
