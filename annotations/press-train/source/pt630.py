# pt630 — k6fm.com, Bourgogne-Franche-Comté digital sector contract (2019)
BODY_END = None

RECORDS = [
    O("CCI de Bourgogne-Franche-Comté", "public_body", ["CCI de Bourgogne-Franche-Comté"]),
    O("K6 FM", "media", ["K6 FM"]),                        # the station's byline line
    O("R\ufffdgion BFC", "public_body", ["R\ufffdgion BFC"]),   # photo credit (mis-encoded "Région BFC")
    O("BFC numérique", "association", [("BFC numérique", 1), ("BFC numérique", 2)]),
    O("Numérica", "other", [("Numérica", 1), ("Numérica", 2)]),
    O("Nicéphore Cité", "other", [("Nicéphore Cité", 1), ("Nicéphore Cité", 2)]),
    O("Inkub", "other", ["Inkub"]),

    L("Bourgogne-Franche-Comté", ["numérique de [Bourgogne-Franche-Comté]"]),
    L("Chalon-sur-Saône", ["Chalon-sur-Saône"]),
    L("Montbéliard", ["Montbéliard"]),

    D("ce jeudi", None, relative=True),
    D("8 mars 2019", "2019-03-08"),       # publication stamp
]

UNANNOTATED = []
