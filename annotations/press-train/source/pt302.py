# pt302 — info-beaune.com, Bourgogne-Franche-Comté, deeptech funding event (2024)
BODY_START = "L’innovation en quête"   # "BOURGOGNE": the site's section label (chrome)
BODY_END = None

RECORDS = [
    P("Bénédicte Magerand", ["Bénédicte Magerand"],
      roles=[("[directrice] de l’incubateur", "DECA BFC")]),

    O("université de Bourgogne", "education_research",
      [("université de Bourgogne", 1), ("université de Bourgogne", 2)]),
    O("préfecture de Bourgogne - Franche-Comté", "public_body", ["préfecture de Bourgogne - Franche-Comté"]),
    O("DECA BFC", "other", ["DECA BFC"]),
    O("Symone", "company", ["Symone"]),
    O("ADVESYA", "company", ["ADVESYA"]),
    O("Carla Biotherapeutics", "company", ["Carla Biotherapeutics"]),
    O("Cellaven", "company", ["Cellaven"]),
    O("Finovam Gestion", "company", ["Finovam Gestion"]),
    O("CheMatch", "company", ["CheMatch"]),

    L("Multiplex", [("Multiplex", 1), ("Multiplex", 2)]),

    D("ce mardi", None, relative=True),
    D("En [1999]", "1999"),
]

UNANNOTATED = []
