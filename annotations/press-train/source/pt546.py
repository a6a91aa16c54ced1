BODY_START = "Le mapping"   # the store's " date 2020-11 " prefix is chrome
BODY_END = None

TR = "Technopole La Réunion"
RECORDS = [
    O(TR, "other", [(TR, 1), (TR, 2), (TR, 3), (TR, 4)]),
    O("Université de la Réunion", "education_research", ["Université de la Réunion"]),
    O("Epitech", "other", ["Epitech"]),  # §16: kind from the text; the list heading says nothing of each
    O("Simplon", "other", ["Simplon"]),  # §16: kind from the text; the list heading says nothing of each
    O("Webcup Campus", "education_research", ["Webcup Campus"]),
    O("RITA Réunion", "other", ["RITA Réunion"]),
    O("CIRBAT", "other", ["CIRBAT"]),
    O("Réunion Portage", "other", ["Réunion Portage"]),  # §16: kind from the text; the list heading says nothing of each
    O("FrenchTech La Réunion", "other", ["FrenchTech La Réunion"]),
    O("BNI", "other", ["BNI"]),  # §16: kind from the text; the list heading says nothing of each
    O("Girls in Tech", "other", ["Girls in Tech"]),  # §16: kind from the text; the list heading says nothing of each
    O("BPI France", "public_body", ["BPI France"]),
    O("France Active", "other", ["France Active"]),  # §16: kind from the text; the list heading says nothing of each
    O("Nexa", "other", ["Nexa"]),  # §16: kind from the text; the list heading says nothing of each
    O("Pôle Emploi", "public_body", ["Pôle Emploi"]),

    L("La Réunion", ["innovation à la [Réunion]. Il", "permis à la [Réunion] de", "innovation à [La Réunion]\n"]),

    D("depuis [2018]", "2018"),
]

UNANNOTATED = []
