# pt351 — latribune.fr, Bretagne, the crowdfunding platform Gwenneg (2019)
BODY_START = None
BODY_END = None
# "Terres de sources": a project; "Territoire d'innovation": a programme. "1 euro pour 1 euro": a ratio.

RECORDS = [
    P("Karim Essemiani", ["Karim Essemiani"],
      roles=[("président fondateur", "Gwenneg")]),

    O("Gwenneg", "company", [("Gwenneg", 1), ("Gwenneg", 2), ("Gwenneg", 3)]),
    O("Algolesko", "company", ["Algolesko"]),
    O("Sabella", "company", ["Sabella"]),
    O("BPI", "public_body", ["BPI"]),

    L("Loctudy", ["Loctudy"]),
    L("Quimper", ["Quimper"]),
    L("Rennes", ["Rennes"]),

    A("500.000 euros", 500000, to="Algolesko"),
    A("97.000 euros", 97000, to="Sabella"),
    A("200.000 euros", 200000),   # sought
    A("2,3 millions d'euros", 2300000, to="Sabella"),
    A("21 millions d'euros", 21000000),
    A("11 millions d'euros", 11000000),
    A("20 millions d'euros", 20000000),

    D("fondée en [2015]", "2015"),
    D("Au [printemps]", "XXXX-SP"),
    D("Depuis [cette année]", None, relative=True),
    D("En [2018]", "2018"),
    D("A horizon [2021]", "2021"),
]

UNANNOTATED = []
