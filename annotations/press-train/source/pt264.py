# pt264: Journal du Palais, launch of the regional fund Cap Création 6 (Bourgogne-Franche-Comté).
BODY_START = "Cap Création 6 un fonds"  # "Collectivités" is the section tag
BODY_END = None

UI = "UI Investissement"
PM = "Pixee Medical"
MGD = "Marie-Guite Dufay"
RECORDS = [
    P(MGD, [(MGD, i) for i in (1, 2, 3, 4)], roles=[("présidente", "région BFC")]),
    P("Patrick Blasselle", ["Patrick Blasselle"], roles=[("directeurs associés", UI)]),
    P("Guillaume Blanchet", [("Guillaume Blanchet", 1), ("Guillaume Blanchet", 2), ("Guillaume Blanchet", 3)],
      roles=[("directeurs associés", UI), ("directeur associé", UI)]),
    P("Sébastien Henry", [("Sébastien Henry", 1), ("Sébastien Henry", 2)], roles=[("dirigeant", PM)]),

    O("Cap Création 6", "other", ["Cap Création 6"]),
    O("région BFC", "public_body", ["région BFC"]),
    O(UI, "other", [(UI, 1), (UI, 2), (UI, 3)]),  # §16 kind (was company)
    O(PM, "company", [(PM, 1), (PM, 2), (PM, 3)]),
    O("JDP", "media", [("JDP", 1), ("JDP", 2)]),

    L("Besançon", ["Besançon"]),

    A("40 millions d’euros", 40000000),
    A("fonds à [40 millions]", 40000000),
    A("Quarante millions", 40000000),

    D("Mercredi 6 mars", "XXXX-03-06"),
]
UNANNOTATED = []
