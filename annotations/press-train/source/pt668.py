# pt668 — leconnecteur.org, the French Tech Clermont Auvergne's new bid (2019)
BODY_END = None
FTCA = "French Tech Clermont Auvergne"

RECORDS = [
    P("Damien Caillard", ["Damien Caillard"]),       # byline
    P("Alexis Echegut", ["Alexis Echegut"]),         # byline
    P("Olivier Bernasson", ["Olivier Bernasson"]),   # "Portée par": not a post verb

    O(FTCA, "other", [(FTCA, 1), (FTCA, 2), (FTCA, 3)]),
    O("ministère de l’économie", "public_body", ["ministère de l’économie"]),
    O("Michelin", "company", [("Michelin", 2)]),
    O("Limagrain", "company", ["Limagrain"]),
    O("Bercy", "public_body", ["Bercy"]),

    L("stade Marcel Michelin", ["stade Marcel Michelin"]),
    L("France", ["France"]),
    L("Las Vegas", ["Las Vegas"]),

    D("mai dernier", None, relative=True),
    D("30 janvier", "XXXX-01-30"),
    D("de [2016] ?", "2016"),
    D("en [2013]", "2013"),
    D("Trois ans plus tard", None, relative=True),
    D("juillet 2016", "2016-07"),
    D("[2019] : nouvelle", "2019"),
]

UNANNOTATED = []
