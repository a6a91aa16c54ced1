# pt713 — interentreprises.com, the Martinique territorial authority (CTM) and the chamber of commerce (CCIM) make peace
BODY_START = "CTM-CCIM"          # "Économie": section line
BODY_END = None
CTM = "Collectivité territoriale de Martinique"
CCIM = "Chambre de Commerce de Martinique"

RECORDS = [
    O(CTM, "public_body", [("CTM", 1), ("CTM", 2), (CTM, 1), (CTM, 2)], aliases=["CTM"]),
    O(CCIM, "public_body", [("CCIM", 1), ("CCIM", 2), ("CCIM", 3), CCIM, ("CCIM", 4)], aliases=["CCIM"]),
    P("Alfred Marie-Jeanne", ["Alfred Marie-Jeanne"],
      roles=[("président du Conseil exécutif", CTM),
             ("président du conseil exécutif", CTM)]),       # "le propos du président du conseil exécutif": the same man
    O("Maison des Entreprises", "other", ["Maison des Entreprises"]),
    P("Manuel Baudouin", ["Manuel Baudouin"], roles=[("Baudouin, [président]", CCIM)]),   # "de la Chambre de commerce"
    O("ministère des Affaires étrangères", "public_body", ["ministère des Affaires étrangères"]),
]
UNANNOTATED = []
