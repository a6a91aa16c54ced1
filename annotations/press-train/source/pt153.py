# Infonet 2024: French Tech Bourgogne-Franche-Comté elected Capitale French Tech of the year.
BODY_START = None
BODY_END = None

F = "French Tech Bourgogne-Franche-Comté"
RECORDS = [
    P("Clara Chappaz", ["Clara Chappaz"], roles=[(("directrice", 2), "Mission French Tech")]),

    O(F, "other", [(F, n) for n in range(1, 5)]),
    O("Mission French Tech", "public_body", [("Mission French Tech", n) for n in range(1, 4)]),

    L("Bourgogne-Franche-Comté", ["région [Bourgogne-Franche-Comté] se", ("région [Bourgogne-Franche-Comté]", 2), "en [Bourgogne-Franche-Comté]."]),
    L("Cité de l’entreprise", ["Cité de l’entreprise"]),
    L("Mâcon", ["Mâcon"]),

    D("année 2024", "2024"),
    D("vendredi 5 avril", "XXXX-04-05"),
    D("cette année", None, relative=True),
    D("créée en [2023]", "2023"),
    D("avant en [2024]", "2024"),
]
UNANNOTATED = []
