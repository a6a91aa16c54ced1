# pt652 — placeco.fr, Nouvelle-Aquitaine start-up fundraising barometer (H1 2023)
BODY_START = "En Nouvelle-Aquitaine, des levées"    # site header lines above are chrome
BODY_END = None

RECORDS = [
    P("Zenzeta", ["Zenzeta"]),                        # photo credit "Adobe Stock Zenzeta"

    O("Adobe Stock", "company", ["Adobe Stock"]),
    O("In Extenso Innovation Croissance", "company", ["In Extenso Innovation Croissance"]),
    O("Essec Business School", "education_research", ["Essec Business School"]),
    O("France Angels", "association", ["France Angels"]),
    O("The Exploration Company", "company", ["The Exploration Company"]),

    L("Nouvelle-Aquitaine", [("Nouvelle-Aquitaine", i) for i in range(1, 5)]),
    L("France", [("France", 1), ("France", 3)]),
    L("Gironde", ["Gironde"]),
    L("Pyrénées-Atlantiques", ["Pyrénées-Atlantiques"]),
    L("Charente-Maritime", ["Charente-Maritime"]),
    L("Europe", ["Europe"]),

    A(("172 millions d’euros", 1), 172000000),
    A(("172 millions d’euros", 2), 172000000),
    A("4,7 millions d’euros", 4700000),
    A("15 millions", 15000000),                      # context currency
    A("43,7 millions d’euros", 43700000),
    A("40,5 millions", 40500000, to="The Exploration Company"),   # "une levée de 40,5 millions de The Exploration Company"

    D("mercredi 12 juillet 2023", "2023-07-12"),     # publication stamp
    D(("premier semestre 2023", 1), "2023-H1"),
    D(("premier semestre 2023", 2), "2023-H1"),
    D("l’[an dernier]", None, relative=True),
    D(("premier semestre 2023", 3), "2023-H1"),
    D("1er janvier", "XXXX-01-01"),
    D("S1 2022", "2022-H1"),
    D("il y a un an", None, relative=True),
    D(("premier semestre 2022", 1), "2022-H1"),
    D(("premier semestre 2022", 2), "2022-H1"),
    D("table au [premier semestre]", "XXXX-H1"),
]

UNANNOTATED = []
