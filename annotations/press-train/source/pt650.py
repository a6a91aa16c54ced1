# pt650 — objectifaquitaine.latribune.fr, Team for the Planet finances Gironde start-ups (2024)
BODY_END = None
TP = "Team for the Planet"

RECORDS = [
    P("Maxime Giraudeau", ["Maxime Giraudeau"]),     # byline

    O(TP, "other", [(TP, i) for i in range(1, 7)]),   # #5 is in a "Lire aussi" line: a name, no fact
    O("Air Booster", "company", [("Air Booster", 1), ("Air Booster", 2)]),
    O("Beyond the Sea", "company", [("Beyond the Sea", i) for i in range(1, 5)]),
    O("Geev", "company", [("Geev", 1), ("Geev", 2)]),
    O("Seaturns", "company", [("Seaturns", 1), ("Seaturns", 2)]),
    O("Midipile Mobility", "company", ["Midipile Mobility"]),

    L("Gironde", [("Gironde", 1), ("Gironde", 2)]),

    A("Plus de [sept millions d'euros]", 7000000, qualifier="over", by=[TP]),   # several start-ups: no single recipient
    A(("4,5 millions d'euros", 1), 4500000, to="Beyond the Sea", by=[TP]),
    A(("4,5 millions d'euros", 2), 4500000, to="Beyond the Sea", by=[TP]),
    A("1,5 million d'euros", 1500000, to="Air Booster", by=[TP]),
    A("800.000 euros", 800000, to="Seaturns", by=[TP]),
    A("500 000 euros", 500000, to="Geev", by=[TP]),

    M("120.000 sociétaires", TP, 120000, "sociétaires"),

    D("Air Booster en [février]", "XXXX-02"),
    D("Geev en [décembre]", "XXXX-12"),
]

UNANNOTATED = []
