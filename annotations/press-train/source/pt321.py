# pt321 — gazette-du-midi.fr, Occitanie, Toulouse Tech Index 2023 (French Tech Toulouse)
BODY_START = "Toulouse Tech Index :"   # "Entreprises": the site's section label
BODY_END = None
# "Lecture 6 min": chrome inside the body. "Toulouse Tech Index": a barometer, no record.

RECORDS = [
    P("David Henri", [("David Henri", 1), ("David Henri", 2)], roles=[("cofondateurs", "Exotrail")]),
    P("Jean-Luc Maria", [("Jean-Luc Maria", 1), ("Jean-Luc Maria", 2)], roles=[("cofondateurs", "Exotrail")]),
    P("Nicolas Heitz", [("Nicolas Heitz", 1), ("Nicolas Heitz", 2)], roles=[("cofondateurs", "Exotrail")]),
    P("Paul Lascombes", [("Paul Lascombes", 1), ("Paul Lascombes", 2)], roles=[("cofondateurs", "Exotrail")]),
    P("Sandrine Jullien-Rouquié", ["Sandrine Jullien-Rouquié"],
      roles=[("[présidente] de French Tech", "French Tech Toulouse")]),

    O("French Tech Toulouse", "association", [("French Tech Toulouse", i) for i in range(1, 4)]),
    O("Exotrail", "company", [("Exotrail", 1), ("Exotrail", 2), ("Exotrail", 3)]),

    L("Haute Garonne", ["Haute Garonne"]),

    A("220 M€", 220000000, qualifier="over"),
    A("54 M€", 54000000, to="Exotrail"),
    A("300 000 €", 300000, qualifier="over"),
    A("353,2 M€", 353200000),
    A("210 M€", 210000000, qualifier="about"),
    A("220,7 M€", 220700000),
    A("218 M€", 218000000),

    D("M€ en [2023]", "2023"),
    D("levés en [2023]", "2023"),
    D("depuis [2019]", "2019"),
    D("en [2021]", "2021"),
    D("L’[année 2023]", "2023"),
    D("[2023] dans la tendance", "2023"),
    D("l’[an dernier]", None, relative=True),
    D("par rapport à [2022]", "2022"),
    D("résultats [2023]", "2023"),
    D("en ligne avec [2022]", "2022"),
    D("pendant [cette année]", None, relative=True),
]

UNANNOTATED = []
