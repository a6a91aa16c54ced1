# pt206: Objectif Aquitaine, Digital Aquitaine is born (2014), interview of Jacques Peyrondet.
BODY_START = None
BODY_END = None

DA = "Digital Aquitaine"
RECORDS = [
    P("Jacques Peyrondet", [("Jacques Peyrondet", i) for i in (1, 2, 3)],
      roles=[("sous la [présidence] de", DA, "président"),
             ("Jacques Peyrondet, [président] de", DA),
             ("Jacques Peyrondet, [président] de", "Adeiso"),
             ("que [préside] Jacques", "Adeiso", "président")]),

    O(DA, "association", [(DA, i) for i in range(1, 10)]),
    O("Adeiso", "association", [("Adeiso", 1), ("Adeiso", 2)]),
    O("TIC Santé", "association", ["TIC Santé"]),
    O("Topos Aquitaine", "association", ["Topos Aquitaine"]),

    L("Cité numérique de Bègles", ["Cité numérique de Bègles"]),

    D("née [hier]", None, relative=True),
    D("créée [hier]", None, relative=True),
    D("début février 2015", "2015-02", mod="START"),
    D("janvier 2017", "2017-01"),
]
UNANNOTATED = []
