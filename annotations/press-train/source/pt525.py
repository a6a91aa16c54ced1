BODY_START = None
BODY_END = "Les autres infos"

CAM = "Clermont-Auvergne Métropole"
RECORDS = [
    P("Lucie Mizoule", ["Lucie Mizoule"],
      roles=[("Mizoule, [conseillère métropolitaine] à", CAM)]),

    # the article names the same body "Clermont-Ferrand Métropole" and "Clermont-Auvergne Métropole"
    O(CAM, "public_body", ["Clermont-Ferrand Métropole", CAM], aliases=["Clermont-Ferrand Métropole"]),
    O("Radio Scoop", "media", ["Radio Scoop"]),
    O("Crédit Agricole", "company", ["Crédit Agricole"]),

    L("Saint-Étienne", ["Saint-Étienne"]),   # "pour Saint-Étienne et Clermont-Ferrand Métropole"
    L("France", ["France"]),
    L("Auvergne-Rhône-Alpes", ["Auvergne-Rhône-Alpes"]),

    A("2,5 millions d’euros", 2500000),
    A("15 millions d’euros", 15000000),
    A("Les [15 millions] attendus", 15000000),   # context currency

    D("D’ici [2024]", "2024"),
]

UNANNOTATED = []
