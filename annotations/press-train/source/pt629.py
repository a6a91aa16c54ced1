# pt629 — info-tours.fr, Loire Valley Invest fund (2016)
BODY_END = None

RECORDS = [
    # §16: "Ce projet baptisé Loire Valley Invest se concrétisera": a planned fund (a project), and
    # the FEDER (an EU funding programme) are no organizations
    O("Caisse d’Épargne", "company", ["Caisse d’Épargne"]),
    O("Go Capital", "company", ["Go Capital"]),

    L("Tours", [("Tours", 1), ("Tours", 2), ("Tours", 3)]),
    L("Orléans", [("Orléans", 1), ("Orléans", 2), ("Orléans", 3)]),
    L("Angers", ["Angers"]),
    L("Centre-Val de Loire", [("Centre-Val de Loire", 1), ("Centre-Val de Loire", 2)]),
    L("Rennes", ["Rennes"]),
    L("Mame", ["Mame"]),                                   # "l'usine Mame": the building
    L("Val de Loire", ["dans le [Val de Loire]"]),

    A("21 millions d’€", 21000000),
    A("21 millions d’euros", 21000000),          # "ce fonds sera doté de": the planned fund has no record (§16)
    A(("2 millions", 1), 2000000),              # the agglo de Tours (no named body)
    A("500 000", 500000),
    A("1 million", 1000000),                    # from the FEDER, a programme (§16)
    A(("2 millions", 2), 2000000, by=["Caisse d’Épargne"]),
    A("un million d’euros", 1000000, qualifier="under"),                  # "ne pourra pas dépasser"

    D("Il y a un an et demi", None, relative=True),
    D("1er trimestre 2017", "2017-Q1"),
    D("500 000 en [2017]", "2017"),
]

UNANNOTATED = []
