# pt343 — 37degres-mag.fr, Centre-Val de Loire, French Tech Loire Valley steering committee (2016)
BODY_START = None
BODY_END = None
# "French Tech Loire Valley" is called a label and a project here (recalée du label): no record.
# "Facebook / Twitter / Email": share buttons (chrome). "la Région": generic.
# Cities that act (launch, meet in committee, join) are public bodies; as locations they are places.

RECORDS = [
    O("Orléans", "public_body", ["lancée par [Orléans]", "villes d’[Orléans]", "Région, d’[Orléans]"]),
    O("Tours", "public_body", ["Orléans et [Tours] n’a", "d’Orléans et [Tours], la", "d’Orléans, [Tours] et Blois"]),
    O("Blois", "public_body", ["désormais [Blois]", "Tours et [Blois] unis"]),  # §16 merge: city and agglomération are two bodies
    O("agglomération de Blois", "public_body", ["agglomération de Blois"]),

    L("Mame", [("Mame", i) for i in range(1, 6)]),
    L("Tours", ["Mame à [Tours], lieu", "Mame à [Tours], tous", "maire de [Tours]"]),
    L("LabO", [("LabO", i) for i in range(1, 5)]),
    L("Orléans", ["LabO à [Orléans]", "maire d’[Orléans]"]),
    L("Loiret", ["Loiret"]),

    A("20 millions d’euros", 20000000),
    A("[1,5 million] de gestion", 1500000),

    D("Ce vendredi", None, relative=True),
    D("juin dernier", None, relative=True),
    D("en [2017]", "2017"),
]

UNANNOTATED = []
