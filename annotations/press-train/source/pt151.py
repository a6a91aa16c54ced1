# Journal du Palais 2023: Bourgogne-Franche-Comté labelled Capitale French Tech; Grand Besançon.
BODY_START = "Quatre capitales de la French Tech"  # "Vite lu" rubric
BODY_END = None

G = "Grand Besançon Métropole"
RECORDS = [
    P("Jean-Noël Barrot", ["Jean-Noël Barrot"],
      roles=[("ministre délégué chargé de la transition numérique et des télécommunications", None)]),
    P("Nicolas Bodin", ["Nicolas Bodin"], roles=[("vice-président", G)]),

    O("BFC Numérique", "association", ["BFC Numérique"]),
    O(G, "public_body", [(G, 1), (G, 2), "GBM"], aliases=["GBM"]),

    L("Bourgogne Franche-Comté", [("Bourgogne Franche-Comté", 1), ("Bourgogne Franche-Comté", 2)]),
    L("Dijon", ["Dijon"]),
    L("Macon", ["Macon"]),
    L("Belfort-Montbéliard", ["Belfort-Montbéliard"]),
    L("Nevers", ["Nevers"]),
    L("Maison des microtechniques de Temis", ["Maison des microtechniques de Temis"]),
]
UNANNOTATED = []
