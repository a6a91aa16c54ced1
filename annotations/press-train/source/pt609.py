# pt609 — usine-digitale.fr, two Occitanie digital clusters plan to merge (2017)
BODY_START = "Opération fusion pour les deux clusters"
BODY_END = None

RECORDS = [
    P("Pierre Deniset", [("Pierre Deniset", 1), ("Pierre Deniset", 2)],
      roles=[("Deniset, [président] de", "FrenchSouth.digital")]),
    P("Daniel Benchimol", ["Daniel Benchimol"],
      roles=[("Benchimol, [président] de", "Digital Place")]),

    O("FrenchSouth.digital", "association", [("FrenchSouth.digital", i) for i in range(1, 4)]),
    O("Digital Place", "association", [("Digital Place", 1), ("Digital Place", 2), "DigitalPlace"],
      aliases=["DigitalPlace"]),

    L("Occitanie", [("Occitanie", i) for i in range(1, 8)]),
    L("Montpellier", [("Montpellier", i) for i in range(1, 4)]),
    L("Toulouse", [("Toulouse", i) for i in range(1, 4)]),
    L("Las Vegas", ["Las Vegas"]),
    L("Hexagone", ["Hexagone"]),

    M("près de [400 adhérents]", None, 400, "adhérents", "about"),   # both clusters together
    M("il regroupe [200 adhérents]", "FrenchSouth.digital", 200, "adhérents"),
    M("environ [200 adhérents]", "Digital Place", 200, "adhérents", "about"),

    D("fin mars 2017", "2017-03", mod="END"),
    D("en [juin 2015]", "2015-06"),
    D("12 janvier", "XXXX-01-12"),
    D("4 et 5 juin 2015", "2015-06-04", value_end="2015-06-05"),
    D("février 2015", "2015-02"),
    D("en [2011]", "2011"),
]

UNANNOTATED = []
