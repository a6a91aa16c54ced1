# pt645 — oezratty.net, blog report on the Guyane entrepreneurial ecosystem (2016)
BODY_END = None
GDI = "Guyane Développement Innovation"

RECORDS = [
    O(GDI, "public_body", ["l’agence [GDI]", GDI], aliases=["GDI"]),
    O("Collectivité Territoriale de Guyane", "public_body", ["Collectivité Territoriale de Guyane"]),

    L("Guyane", ["TechDays de [Guyane]", "[Guyane] primer", "La [Guyane] est"]),
    L("Outre Mer", ["Outre Mer"]),
    L("Réunion", ["la [Réunion] en"]),
    L("base spatiale de Kourou", ["base spatiale de Kourou"]),
    L("hexagone", ["hexagone"]),
    L("Silicon Valley", ["Silicon Valley"]),
    L("France", ["France"]),
    L("Aquitaine-Limousin-Poitou-Charente", ["Aquitaine-Limousin-Poitou-Charente"]),

    D("19 au 21 septembre 2016", "2016-09-19", value_end="2016-09-21"),
    D("mars-avril de la même année", None, relative=True),   # anchored on the text's 2016 ("la même année")
]

UNANNOTATED = []
