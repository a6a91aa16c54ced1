# pt328 — acteursdeleconomie.latribune.fr, Auvergne-Rhône-Alpes, Grenoble start-ups' record 2020
BODY_START = None
BODY_END = None

RECORDS = [
    P("Cevan Torossian", ["Cevan Torossian"],
      roles=[("[directeur études et recherches] d'Arthur", "Arthur Loyd")]),

    O("Arthur Loyd", "company", [("Arthur Loyd", 1), ("Arthur Loyd", 2)]),
    O("Invest in Grenoble", "other", [("Invest in Grenoble", 1), ("Invest in Grenoble", 2)]),
    O("Diabeloop", "company", ["Diabeloop"]),
    O("Nh TheraGuix", "company", ["Nh TheraGuix"]),
    O("Remedee", "company", ["Remedee"]),
    O("Waga Energy", "company", ["Waga Energy"]),

    L("Paris", ["Paris"]),

    A("99 millions d'euros", 99000000),
    A("117 millions d'euros", 117000000),
    A("dépassent les [10 millions]", 10000000, qualifier="over"),
    A("Diabeloop ([31 millions])", 31000000, to="Diabeloop"),
    A("TheraGuix ([13 millions])", 13000000, to="Nh TheraGuix"),
    A("Remedee ([11 millions] )", 11000000, to="Remedee"),
    A("Energy ([10 millions])", 10000000, to="Waga Energy"),
    A("389 millions d'euros", 389000000),

    D("en [fin d'année]", None, relative=True),
    D("levés en [2019].\n", "2019"),
    D(("levés en [2019],", 1), "2019"),
    D("l'[année 2020]", "2020"),
    D("surperformé en [2020]", "2020"),
]

UNANNOTATED = []
