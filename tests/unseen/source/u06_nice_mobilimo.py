# Hand annotations of corpus/u06_nice_mobilimo.txt (tech/business site:
# Mobilimo, Nice). Read by tests/unseen/build.py.

BODY_END = None  # no chrome

RECORDS = [
    # --- persons ---
    # "ingénieur passé par Amadeus": a profession and a verb, no role there
    P("Yannick Pastorelli", [("Yannick Pastorelli", 1), ("Yannick Pastorelli", 2)],
      roles=[("président", "Mobilimo")]),  # "président de la société" (= Mobilimo)
    P("Inès Belkacem", [("Inès Belkacem", 1), ("Inès Belkacem", 2)],
      roles=[("directrice générale", "Mobilimo")]),
    P("Sandrine Audibert", ["Sandrine Audibert"],
      roles=[("directrice générale", "French Tech Côte d'Azur")]),
    P("Georges Ferrero", ["Georges Ferrero"],
      roles=[("président", "Business Angels Riviera")]),  # "Son président, le Monégasque ..."

    # --- organizations ---
    O("Mobilimo", "company",
      [("Mobilimo", 1), ("Mobilimo", 2), ("Mobilimo", 3), ("Mobilimo", 4), ("Mobilimo", 5)]),
    O("Amadeus", "company", ["Amadeus"]),
    O("Thales Alenia Space", "company", ["Thales Alenia Space"]),
    O("CHU de Nice", "public_body", ["CHU de Nice"]),
    O("Business Angels Riviera", "association",
      [("Business Angels Riviera", 1), ("Business Angels Riviera", 2)]),
    O("PACA Investissement", "company", ["PACA Investissement"]),
    O("Transdev", "company", ["Transdev"]),
    # the label-bearing body acts ("Labellisée ..., French Tech Côte d'Azur fédère")
    O("French Tech Côte d'Azur", "other",
      [("French Tech Côte d'Azur", 1), ("French Tech Côte d'Azur", 2)]),
    O("Métropole Nice Côte d'Azur", "public_body", ["Métropole Nice Côte d'Azur"]),
    O("CCI Nice Côte d'Azur", "public_body", ["CCI Nice Côte d'Azur"]),
    O("Inria Sophia Antipolis Méditerranée", "education_research", ["Inria Sophia Antipolis Méditerranée"]),
    # not organizations: Sophia Antipolis / Sophia (a place), Feder (a fund programme)

    # --- amounts ---
    A("un peu plus de [2 millions d'euros]", 2_000_000, qualifier="over", to="Mobilimo", by=["Business Angels Riviera", "PACA Investissement", "Transdev"]),
    A("moins de [500 000 euros]", 500_000, qualifier="under", to="Mobilimo"),
    A("plus de [1,2 million d'euros]", 1_200_000, qualifier="over", by=["Business Angels Riviera"]),
    A("15 000 à 25 000 euros", 15_000, value_max=25_000),
    A("60 000 euros", 60_000, to="Mobilimo", by=["Métropole Nice Côte d'Azur"]),

    # --- member counts ---
    M("une soixantaine d'investisseurs membres", "Business Angels Riviera", 60,
      "investisseurs membres", qualifier="about"),
    # not counts: "85 000 utilisateurs inscrits", "une quarantaine d'entreprises
    # clientes", "19 personnes", "quinze sociétés", "Nos membres" (no number)

    # --- dates ---
    D("automne 2013", "2013-FA"),
    # anchored on "l'automne 2013" and standing alone as a point in time
    D("Trois ans plus tard", None, relative=True),
    D("L'[an dernier]", None, relative=True),
    D("juin 2015", "2015-06"),
    D("années 1970", "197X"),
    D("l'[année dernière]", None, relative=True),
    D("mi-juin 2016", "2016-06", mod="MID"),
    D("2014-2020", "2014", value_end="2020"),
    D("fin 2017", "2017", mod="END"),
    D("le [mois prochain]", None, relative=True),
    D("Il y a trois ans", None, relative=True),
    # not dates: "trois années passées" (duration)
]

UNANNOTATED = []
