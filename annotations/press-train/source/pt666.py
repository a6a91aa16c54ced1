# pt666 — acteursdeleconomie.latribune.fr, Clermont Auvergne French Tech widens its territory (2019)
BODY_END = None
CAFT = "Clermont Auvergne French Tech"
CAM = "Clermont Auvergne Métropole"

RECORDS = [
    P("Olivier Bernasson", [("Olivier Bernasson", i) for i in range(1, 4)],
      roles=[(None, "Airsport"), (None, "pecheur.com"),
             ("co-président du Comité stratégique", CAFT)]),
    P("Olivier Bianchi", ["Olivier Bianchi"],
      roles=[("Bianchi, [président] de", CAM),
             ("coprésidons", CAFT, "coprésident")]),          # "Olivier Bianchi ... et moi-même, coprésidons le comité stratégique"

    O(CAFT, "other", ["French Tech  :  [Clermont Auvergne] élargit", CAFT, "Clermont Auvergne FrenchTech"],
      aliases=["Clermont Auvergne", "Clermont Auvergne FrenchTech"]),
    O("Airsport", "company", ["Airsport"]),
    O("pecheur.com", "company", ["pecheur.com"]),
    O("Le Bivouac", "other", ["Le Bivouac"]),
    O(CAM, "public_body", [("Clermont Métropole", 1), CAM, ("Clermont Métropole", 2)], aliases=["Clermont Métropole"]),
    O("KorbenMyBus", "company", ["KorbenMyBus"]),
    O("Michelin", "company", ["Michelin"]),
    O("Limagrain", "company", ["Limagrain"]),

    L("Issoire", ["Issoire"]),
    L("Vichy", ["Vichy"]),

    D("fin janvier 2019", "2019-01", mod="END"),
    D("Depuis [mai 2018]", "2018-05"),
]

UNANNOTATED = []
