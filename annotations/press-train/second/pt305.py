# pt305 (second annotation, annotator 2): Bordeaux Technowest's seed fund Techno'Start.
BODY_START = None
BODY_END = None  # the "Lire aussi" line is inside the body (text follows it): names only

BT = "Bordeaux Technowest"
TS = "Techno’Start"
RECORDS = [
    P("François Baffou", ["François Baffou"],
      roles=[("directeur général", BT), ("directeur général", TS)]),

    O(BT, "other", [(BT, i) for i in range(1, 7)]),
    O(TS, "other", [(TS, i) for i in range(1, 6)]),  # apostrophe variants need no alias (§5)
    O("Caisse des dépôts", "public_body", ["Caisse des dépôts"]),
    O("Suez", "company", ["Suez"]),
    O("Airbus", "company", ["Airbus"]),
    O("CIC", "company", ["CIC"]),

    L("La Place", [("La Place", 1), ("La Place", 2)]),
    L("Bordeaux", ["à [Bordeaux], lieu", ("à [Bordeaux], lieu", 2)]),
    L("Gironde", ["Gironde"]),

    A("un million d’euros", 1000000, by=[TS]),
    A("23 millions d'euros", 23000000),
    A("400.000 euros", 400000),
    A("1,4 million d'euros", 1400000),

    D(("Depuis [2004]", 1), "2004"),
    D(("Depuis [2004]", 2), "2004"),
    D("remonte à [2012]", "2012"),
]
UNANNOTATED = []
