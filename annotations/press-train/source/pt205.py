# pt205: La Tribune AURA, birth of Digital League (2017).
BODY_START = None
BODY_END = None

DL = "Digital League"
RECORDS = [
    P("Jean-Michel Bérard", [("Jean-Michel Bérard", 1), ("Jean-Michel Bérard", 2)],
      roles=[("co-présidents", DL)]),
    P("Catherine Bocquet", ["Catherine Bocquet"], roles=[("co-présidents", DL)]),

    O(DL, "association", [(DL, 1), (DL, 2), (DL, 3), (DL, 4), (DL, 5)]),
    O("Clust'R numérique", "association", ["Clust'R numérique"]),
    O("Numélink", "association", ["Numélink"]),

    L("France", [("France", 1), ("France", 2), ("France", 3)]),
    L("Auvergne-Rhône-Alpes", [("Auvergne-Rhône-Alpes", 1), ("Auvergne-Rhône-Alpes", 2)]),
    L("Lyon", ["Lyon"]),
    L("Europe", ["Europe"]),

    M("510 membres", DL, 510, "membres"),

    D(("mardi soir", 1), None, relative=True),
    D(("mardi soir", 2), None, relative=True),
    D(("2020", 1), "2020"),
    D(("2020", 2), "2020"),
]
UNANNOTATED = []
