# second annotation (annotator 1): birth of Digital League (Auvergne-Rhône-Alpes).
BODY_START = None
BODY_END = None

RECORDS = [
    P("Jean-Michel Bérard", [("Jean-Michel Bérard", 1), ("Jean-Michel Bérard", 2)],
      roles=[("co-présidents", "Digital League")]),
    P("Catherine Bocquet", ["Catherine Bocquet"], roles=[("co-présidents", "Digital League")]),

    O("Digital League", "association", [("Digital League", n) for n in range(1, 6)]),
    O("Clust'R numérique", "association", ["Clust'R numérique"]),
    O("Numélink", "association", ["Numélink"]),

    L("France", [("France", 1), ("France", 2), ("France", 3)]),
    L("Auvergne-Rhône-Alpes", [("Auvergne-Rhône-Alpes", 1), ("Auvergne-Rhône-Alpes", 2)]),
    L("Lyon", ["Lyon"]),
    L("Europe", ["Europe"]),

    D(("mardi soir", 1), None, relative=True),
    M("510 membres", "Digital League", 510, "membres"),
    D(("mardi soir", 2), None, relative=True),
    D(("d'ici [2020]", 1), "2020"),
    D(("d'ici [2020]", 2), "2020"),
]
UNANNOTATED = []
