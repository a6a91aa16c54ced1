# pt628 — orleans-metropole.fr, French Tech Loire Valley investment fund (2016)
BODY_END = None

RECORDS = [
    P("Olivier Carré", [("Olivier Carré", 1), ("Olivier Carré", 2)], roles=[("député-maire", None)]),   # "d'Orléans": a place
    P("Serge Babary", ["Serge Babary"], roles=[("Babary, [maire] de", None)]),

    O("French Tech Loire Valley", "other",
      [("French Tech Loire valley", 1), ("French Tech Loire valley", 2),
       ("French Tech Loire Valley", 1), ("French Tech Loire Valley", 2)]),
    O("Mame", "other", ["Mame"]),
    O("Orléans Métropole", "public_body", ["Orléans Métropole"]),
    O("Tours Plus", "public_body", ["Tours Plus"]),
    O("Région Centre Val de Loire", "public_body", ["Région Centre Val de Loire"]),
    O("conseil départemental du Loir et Cher", "public_body", ["conseil départemental du Loir et Cher"]),

    L("Tours", ["Réunis à [Tours]", "Orléans et [Tours]", "maire de [Tours]"]),
    L("Orléans", ["député-maire d’[Orléans]", "[Orléans] et Tours"]),
    L("Blois", ["Blois"]),
    L("Chateauroux", ["Chateauroux"]),
    L("Bourges", ["Bourges"]),

    A(("21,5 M€", 1), 21500000),
    A("21,5 millions d’euros", 21500000),
    A("13,5 M€", 13500000),
    A("20 M€", 20000000),
    A(("2 M€", 1), 2000000, by=["Orléans Métropole", "Tours Plus"]),   # "2 M€ chacune"
    A(("2 M€", 2), 2000000, by=["Région Centre Val de Loire"]),
    A("1 M€", 1000000),
    A("1€", 1),

    D("7 octobre 2016", "2016-10-07"),
    D("début 2017", "2017", mod="START"),
]

UNANNOTATED = []
