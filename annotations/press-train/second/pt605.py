BODY_START = None
BODY_END = None

RN = "Région Normandie"
ADN = "Agence de développement pour la Normandie"
NWX = "Normandy Web Expert"
RECORDS = [
    P("Hervé Morin", [("Hervé Morin", 1), ("Hervé Morin", 2)],
      roles=[("Morin, [Président] de la Région", RN),
             ("Morin, [Président] de la Région", ADN)]),   # "Président de la Région Normandie et de l'ADN"
    P("Françoise Guégot", ["Françoise Guégot"],
      roles=[("[Vice-présidente en charge de l'enseignement supérieur, de la recherche et de l'innovation]", None)]),  # of the Région or of the ADN: the text does not say
    P("Jacques Belin", ["Jacques Belin"], roles=[("Belin, [Président] du Pôle", "TES")]),
    P("Thierry Samper", ["Thierry Samper"], roles=[("Samper, [Président] de l'association", NWX)]),
    P("Alexandre Martini", ["Alexandre Martini"],
      roles=[("Martini, [Président] de Normandy", "Normandy French Tech")]),

    O(RN, "public_body", [(RN, 1), (RN, 2), (RN, 3)]),
    O(ADN, "public_body", ["Agence de développement pour la Normandie", "ADN"], aliases=["ADN"]),
    O("TES", "association", ["du Pôle [TES]", "compétitivité [TES]"]),
    O(NWX, "association", [("Normandy Web Expert", 1), ("NWX", 1), ("Normandy Web Expert", 2), ("NWX", 2)],
      aliases=["NWX"]),
    O("Normandy French Tech", "other", ["Normandy French Tech"]),

    L("Château de Gromesnil", ["Château de Gromesnil"]),
    L("Saint-Romain-de-Colbosc", ["Saint-Romain-de-Colbosc"]),
    L("Normandie", ["faire de la [Normandie] un", "que la [Normandie] devienne", "la [Normandie] dispose"]),

    A(("850 000 euros", 1), 850000, by=[RN]),
    A(("850 000 euros", 2), 850000, by=[RN]),

    D("25/10/2017", "2017-10-25"),   # publication stamp
    D("2017-2019", "2017", value_end="2019"),
]

UNANNOTATED = []
