# pt215: Acteurs de l'économie (La Tribune), clusters as influence networks (2017).
BODY_START = None
BODY_END = None

CCI = "CCI Lyon Métropole Saint-Étienne Roanne"
RECORDS = [
    P("Christine Guillen", ["Christine Guillen"],
      roles=[("fondatrice", "Elsalys Biotech"),
             ("L'[ancienne collaboratrice] de", "Transgene")]),
    P("Nicolas Millet", ["Nicolas Millet"],
      roles=[("directeur de l'industrie, de la compétitivité et des territoires", CCI)]),

    O("Pôle Lumière", "association", ["Pôle Lumière"]),
    O("Elsalys Biotech", "company", ["Elsalys Biotech"]),
    O("Lyonbiopôle", "association", ["Lyonbiopôle"]),
    O("Transgene", "company", ["Transgene"]),
    O(CCI, "public_body", [CCI]),

    L("Auvergne-Rhône-Alpes", ["Auvergne-Rhône-Alpes"]),

    M("200 adhérents", "Lyonbiopôle", 200, "adhérents"),
    A("10 millions d'euros", 10000000),

    D("en [2013]", "2013"),
    D("milieu de l'année 2017", "2017", mod="MID"),
]
UNANNOTATED = []
