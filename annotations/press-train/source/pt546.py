BODY_START = "Le mapping"   # the store's " date 2020-11 " prefix is chrome
BODY_END = None

TR = "Technopole La Réunion"
RECORDS = [
    O(TR, "other", [(TR, 1), (TR, 2), (TR, 3), (TR, 4)]),
    O("Université de la Réunion", "education_research", ["Université de la Réunion"]),
    O("Epitech", "education_research", ["Epitech"]),
    O("Simplon", "education_research", ["Simplon"]),
    O("Webcup Campus", "education_research", ["Webcup Campus"]),
    O("RITA Réunion", "other", ["RITA Réunion"]),
    O("CIRBAT", "other", ["CIRBAT"]),
    O("Réunion Portage", "company", ["Réunion Portage"]),
    O("FrenchTech La Réunion", "other", ["FrenchTech La Réunion"]),
    O("BNI", "association", ["BNI"]),
    O("Girls in Tech", "association", ["Girls in Tech"]),
    O("BPI France", "public_body", ["BPI France"]),
    O("France Active", "association", ["France Active"]),
    O("Nexa", "public_body", ["Nexa"]),
    O("Pôle Emploi", "public_body", ["Pôle Emploi"]),

    L("La Réunion", ["innovation à la [Réunion]. Il", "permis à la [Réunion] de", "innovation à [La Réunion]\n"]),

    D("depuis [2018]", "2018"),
]

UNANNOTATED = []
