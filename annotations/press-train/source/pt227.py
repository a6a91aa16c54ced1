# pt227: ToulÉco, Agnès Paillard's review before leaving Aerospace Valley's presidency (2017).
BODY_START = "Publié le mercredi"  # "ToulÉco" is the site's name; the stamp and byline are page metadata
BODY_END = None

AV = "Aerospace Valley"
AP = "Agnès Paillard"
RECORDS = [
    P("Audrey Sommazi", ["Audrey Sommazi"]),
    P(AP, [(AP, i) for i in (1, 2, 3, 4)],
      roles=[("départ de la [présidence] du", AV, "présidente"),
             (None, AV),  # "son deuxième mandat à la tête du pôle"
             ("directrice générale", AV),
             ("comme [présidente] depuis", AV),
             ("la [présidente] en a profité", AV)]),

    O(AV, "association", [(AV, i) for i in (1, 2, 3, 4, 5)]),

    L("Arcachon", ["Arcachon"]),
    L("France", ["France"]),
    L("Aquitaine", ["Aquitaine"]),
    L("Midi-Pyrénées", ["Midi-Pyrénées"]),

    M("550 membres", AV, 550, "membres"),

    A("2,6 millions d’euros", 2600000, to=AV),
    A("4,8 millions d’euros", 4800000, to=AV),
    A("88 millions d’euros", 88000000),

    D("mercredi 17 mai 2017", "2017-05-17"),
    D(("fin septembre", 1), "XXXX-09", mod="END"),
    D("mardi 16", "XXXX-05-16"),
    D(("mercredi 17 mai", 2), "XXXX-05-17"),
    D(("fin septembre", 2), "XXXX-09", mod="END"),
    D("depuis [2011]", "2011"),
    D("en [2011]", "2011"),
    D("depuis [2014]", "2014"),
]
UNANNOTATED = []
