# pt741 — lemondeinformatique.fr, eight Aquitaine digital associations form the Alliance numérique Aquitaine
BODY_START = None
BODY_END = "Newsletter LMI"      # newsletter box and comment link; the title and lead printed below the text are body
AQ = "Aquitaine"

RECORDS = [
    D("26 juillet dernier", None, relative=True),
    O("Adeiso", "association", [("Adeiso", 1), ("Adeiso", 2), ("Adeiso", 3)]),
    L(AQ, ["région [Aquitaine]", "entre l'[Aquitaine]", "alliance en [Aquitaine]", "En [Aquitaine]"]),
    O("Alliance numérique Aquitaine", "other", ["Alliance numérique Aquitaine"]),
    O("PeBA", "association", ["PeBA"]),               # "8 associations de la région Aquitaine" ... "Ces huit acteurs"
    L("Adour", ["Adour"]),
    O("Tic & Santé", "association", ["Tic & Santé"]),
    O("Topos", "association", ["Topos"]),
    O("Prolibre", "association", ["Prolibre"]),
    O("Clusir Aquitaine", "association", ["Clusir Aquitaine"]),
    O("Aquinum", "association", ["Aquinum"]),
    D("octobre 2010", "2010-10"),
    O("Syrpin", "association", ["Syrpin"]),
    D("créé en [1967]", "1967"),
    L("Silicon Valley", ["Silicon Valley"]),
]
UNANNOTATED = []
