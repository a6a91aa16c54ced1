# Info-Tours 2018: the digital economy in Touraine; Palo Altours; French Tech Loire Valley (called a label here).
BODY_START = "Les entrepreneurs du numérique"  # " date 2018-03 " store prefix
BODY_END = None

RECORDS = [
    O("Observatoire Economique de Touraine", "other",
      ["Observatoire Economique de Touraine", ("OE2T", 1), ("OE2T", 2)], aliases=["OE2T"]),
    O("Palo Altours", "association", ["Palo Altours"]),
    O("Orange", "company", ["Orange"]),
    O("Orléans Métropole", "public_body", ["Orléans Métropole"]),
    O("Tours Métropole", "public_body", ["Tours Métropole"]),
    O("Région Centre-Val de Loire", "public_body", ["Région Centre-Val de Loire"]),

    L("Centre-Val de Loire", ["région [Centre-Val de Loire]"]),
    L("Indre-et-Loire", ["Indre-et-Loire"]),
    L("Mame", ["Mame"]),
    L("Labo", ["Labo"]),

    D("en [2017]", "2017"),
    D("Entre [2009 et 2015]", "2009", value_end="2015"),
    D("à partir de [2012]", "2012"),
    M("150 membres", "Palo Altours", 150, "membres"),
    D("à partir de [2015]", "2015"),
]
UNANNOTATED = []
