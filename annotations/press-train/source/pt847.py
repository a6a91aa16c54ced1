# pt847 — optionfinance.fr, Lydia and Qonto raise 40 and 104 M€ in rounds led by Tencent (2020)
BODY_START = None
BODY_END = None

RECORDS = [
    P("Alexandre Prot", ["Alexandre Prot"],
      roles=[("[cofondateur] et CEO", "Qonto"), ("cofondateur et [CEO]", "Qonto"),
             ("son jeune [dirigeant]", "Qonto")]),          # the same man, "son" = Qonto's

    O("Lydia", "company", [("Lydia", 1), ("Lydia", 2)]),
    O("Qonto", "company", [("Qonto", 1), ("Qonto", 2), ("Qonto", 3)]),
    O("Tencent", "company", ["Tencent"]),
    O("KPMG", "company", ["KPMG"]),

    L("Europe", ["Europe"]),

    A(("104 millions d’euros", 1), 104000000, to="Qonto", by=["Tencent"]),   # "respectivement 40 et 104": the 40 has no scale of its own
    D("ce vendredi après-midi", None, relative=True),
    A(("104 millions d’euros", 2), 104000000, to="Qonto", by=["Tencent"]),
    A("136 millions d’euros", 136000000, to="Qonto"),
    D("création en [2016]", "2016"),
    A("40 millions d’euros", 40000000, to="Lydia", by=["Tencent"]),
    D("lancement en [2013]", "2013"),
    D("mi-2019", "2019", mod="MID"),
    A("9 millions d’euros", 9000000),
]

# "respectivement 40 et 104 millions d’euros": "40" (Lydia's round) shares the scale without writing it; left out
# (the checker would read "40 et 104 millions" as a range).
UNANNOTATED = []
