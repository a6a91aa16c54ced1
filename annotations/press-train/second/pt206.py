# second annotation (annotator 1): Digital Aquitaine is born (La Tribune, 2014).
BODY_START = None
BODY_END = None

RECORDS = [
    P("Jacques Peyrondet", [("Jacques Peyrondet", n) for n in range(1, 4)],
      roles=[("sous la [présidence] de", "Digital Aquitaine", "président"),
             ("Peyrondet, [président] de l'association", "Digital Aquitaine"),
             ("Peyrondet, [président] de l'association", "Adeiso"),
             ("que [préside] Jacques", "Adeiso", "président")]),

    O("Digital Aquitaine", "association", [("Digital Aquitaine", n) for n in range(1, 10)]),
    O("Adeiso", "association", [("Adeiso", 1), ("Adeiso", 2)]),
    O("TIC Santé", "association", ["TIC Santé"]),
    O("Topos Aquitaine", "association", ["Topos Aquitaine"]),

    L("Cité numérique de Bègles", ["Cité numérique de Bègles"]),

    D(("hier", 1), None, relative=True),
    D("début février 2015", "2015-02", mod="START"),
    D(("hier", 2), None, relative=True),
    D("janvier 2017", "2017-01"),
]
UNANNOTATED = []
