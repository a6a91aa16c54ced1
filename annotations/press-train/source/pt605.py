# pt605 — newspress.fr, Région Normandie press release, digital sector contract (2017)
BODY_END = None

RECORDS = [
    P("Hervé Morin", [("Hervé Morin", 1), ("Hervé Morin", 2)],
      roles=[(("Président", 1), "Région Normandie"),
             (("Président", 1), "Agence de développement pour la Normandie")]),  # "Président de la Région Normandie et de l'ADN"
    P("Françoise Guégot", ["Françoise Guégot"],
      roles=[("Vice-présidente en charge de l'enseignement supérieur, de la recherche et de l'innovation", None)]),
    P("Jacques Belin", ["Jacques Belin"],
      roles=[("Belin, [Président] du", "TES")]),
    P("Thierry Samper", ["Thierry Samper"],
      roles=[("Samper, [Président] de", "Normandy Web Expert")]),
    P("Alexandre Martini", ["Alexandre Martini"],
      roles=[("Martini, [Président] de", "Normandy French Tech")]),

    O("Région Normandie", "public_body", [("Région Normandie", 1), ("Région Normandie", 2), ("Région Normandie", 3)]),
    O("Agence de développement pour la Normandie", "public_body",
      ["Agence de développement pour la Normandie", "ADN"], aliases=["ADN"]),
    O("TES", "association", ["du Pôle [TES]", "pôle de compétitivité [TES]"]),  # generic head noun outside, capital or not (§16)
    O("Normandy Web Expert", "association",
      [("Normandy Web Expert", 1), ("NWX", 1), ("Normandy Web Expert", 2), ("NWX", 2)], aliases=["NWX"]),
    O("Normandy French Tech", "other", ["Normandy French Tech"]),

    L("Château de Gromesnil", ["Château de Gromesnil"]),
    L("Saint-Romain-de-Colbosc", ["Saint-Romain-de-Colbosc"]),
    L("Normandie", ["faire de la [Normandie]", "que la [Normandie] devienne", "la [Normandie] dispose"]),

    A(("850 000 euros", 1), 850000, by=["Région Normandie"]),
    A(("850 000 euros", 2), 850000, by=["Région Normandie"]),

    D("25/10/2017", "2017-10-25"),
    D("2017-2019", "2017", value_end="2019"),
]

UNANNOTATED = []
