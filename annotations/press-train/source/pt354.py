# pt354 — lejournaldesentreprises.com, Auvergne-Rhône-Alpes, the Lyon–Saint-Etienne seed fund (2023)
BODY_START = "Le fonds d’amorçage des"   # first line "Lyon": section label
BODY_END = None
# Tag line "Lyon # Santé # …" and "S'abonner": chrome inside the body (names only). "Photo : DR": no person.
# The fund has no proper name: amounts it receives get no recipient. "métropoles" (lowercase list item): generic.

RECORDS = [
    P("Jérémie Garrot", ["Jérémie Garrot"],
      roles=[("[directeur général adjoint] de l’Auxiliaire", "L’Auxilliaire")]),

    O("Métropoles de Lyon", "public_body", [("Métropoles de Lyon", i) for i in range(1, 5)]),
    O("Saint-Etienne", "public_body", [("Métropoles de Lyon et [Saint-Etienne]", i) for i in range(1, 5)]),
    O("Allianz France", "company", ["souscripteurs, [Allianz] et", "Allianz France"], aliases=["Allianz"]),
    O("L’Auxilliaire", "company", [("L’Auxilliaire", 1), ("L’Auxilliaire", 2), "l’[Auxiliaire]"],
      aliases=["Auxiliaire"]),
    O("Woodtechno", "company", [("Woodtechno", 1), ("Woodtechno", 2), ("Woodtechno", 3)]),
    O("Healshape", "company", ["Healshape"]),
    O("Revcoo", "company", ["Revcoo"]),
    O("Caisse de dépôt", "public_body", ["Caisse de dépôt"]),
    O("Banque des territoires", "public_body", ["Banque des territoires"]),
    O("GRDF", "company", ["GRDF"]),
    O("Plastic Omnium", "company", ["Plastic Omnium"]),
    O("Seb", "company", ["Seb"]),

    L("Lyon", ["[Lyon] # Santé"]),
    L("Lyon-Saint-Etienne", ["Lyon-Saint-Etienne"]),

    A("cinq millions d’euros", 5000000, by=["Allianz France"]),
    A("10 millions d’euros", 10000000, by=["L’Auxilliaire"]),
    A("67 millions d’euros", 67000000),
    A("80 millions d’euros", 80000000),

    D("en [2022]", "2022"),
    D("en [2021]", "2021"),
]

UNANNOTATED = []
