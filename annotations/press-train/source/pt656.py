# pt656 — lejournaldemayotte.com, Total's Challenge Startupper prizes in Mayotte (2019)
BODY_END = None

RECORDS = [
    P("Anne-Sophie Miel", ["Anne-Sophie Miel"], roles=[("présidente", "Total Mayotte")]),
    P("Tanchiki Maoré", ["Tanchiki Maoré"], roles=[(None, "MAP")]),     # "à la tête de MAP"
    P("Mze Anzi Shamir", ["Mze Anzi Shamir"]),

    O("Total Mayotte", "company", [("Total Mayotte", 1), ("Total Mayotte", 2)]),
    O("BGE", "association", ["BGE"]),
    O("CRéA PéPITES", "other", ["CRéA PéPITES"]),
    O("MAP", "company", ["MAP"]),

    L("Afrique", ["Afrique"]),
    L("Madagascar", ["Madagascar"]),
    L("La Réunion", ["La Réunion"]),
    L("Maurice", ["Maurice"]),
    L("Mayotte", ["Maurice et [Mayotte]", "bouger [Mayotte]", "sport à [Mayotte]"]),

    A("12.500 euros", 12500, by=["Total Mayotte"]),
    A("7.500 euros", 7500, by=["Total Mayotte"]),
    A("5.000 euros", 5000, by=["Total Mayotte"]),

    D("en [2015]", "2015"),
    D("2018-2019", "2018", value_end="2019"),
]

UNANNOTATED = []
