# pt302 (second annotation, annotator 2): Bourgogne deeptech ecosystem, 25 years of the innovation law.
BODY_START = "L’innovation en quête"  # "BOURGOGNE" is the section tag
BODY_END = None

UB = "université de Bourgogne"
RECORDS = [
    # "la loi Allègre": a name inside a law's name is no person mention (§16)
    P("Bénédicte Magerand", ["Bénédicte Magerand"], roles=[("directrice", "DECA BFC")]),

    O(UB, "education_research", [(UB, 1), (UB, 2)]),
    O("préfecture de Bourgogne - Franche-Comté", "public_body", ["préfecture de Bourgogne - Franche-Comté"]),
    O("DECA BFC", "other", ["DECA BFC"]),
    O("Symone", "company", ["Symone"]),
    O("ADVESYA", "company", ["ADVESYA"]),
    O("Carla Biotherapeutics", "company", ["Carla Biotherapeutics"]),
    O("Cellaven", "company", ["Cellaven"]),
    O("Finovam Gestion", "company", ["Finovam Gestion"]),
    O("CheMatch", "company", ["CheMatch"]),

    L("Multiplex", [("Multiplex", 1), ("Multiplex", 2)]),

    D("ce mardi", None, relative=True),  # the demonstrative is the relative word (§16)
    D("En [1999]", "1999"),
]
UNANNOTATED = []
