# ToulÉco 2022: Laure Lenzotti, director of French Tech Méditerranée.
BODY_START = "Déjà deux ans"  # " date 2022-11 " store prefix
BODY_END = None

F = "French Tech Méditerranée"
RECORDS = [
    P("Laure Lenzotti", [("Laure Lenzotti", 1), ("Laure Lenzotti", 2)],
      roles=[("directrice", F), ("ex-responsable", "Crealia Occitanie")]),
    P("Clément Saad", ["Clément Saad"], roles=[("[présidée] par Clément", F, "président"), (None, "Pradeo")]),
    P("Léa Blazquez", ["Léa Blazquez"], roles=[("chargée de communication et de marketing", F)]),
    P("Mathilde Perraud", ["Mathilde Perraud"], roles=[(None, "Budd’it"), ("coordinatrice territoriale", F)]),

    O(F, "other", [F] + [("FTM", n) for n in range(1, 5)], aliases=["FTM"]),
    O("Pradeo", "company", ["Pradeo"]),
    O("Budd’it", "company", ["Budd’it"]),
    O("Crealia Occitanie", "other", ["Crealia Occitanie"]),

    L("Ouest-Hérault", ["Ouest-Hérault"]),
    L("Gard", ["Gard"]),
    L("Sud-Aveyron", ["Sud-Aveyron"]),
    L("Montpellier", ["Montpellier"]),

    M("160 start-up", F, 160, "start-up"),
    D("qu’en [2020]", "2020"),
    A("500.000 euros", 500000, to=F),
    D("il y a un an", None, relative=True),
    D("Tremplin [2022]", "2022"),
    D("an dernier", None, relative=True),
]
UNANNOTATED = []
