# pt262: CCI Marseille Provence, winners of the 23rd FUI call (2017).
BODY_START = "29.03.2017 - Financements"  # "Menu principal" is chrome
BODY_END = None

PACA = "Provence-Alpes-Côte d'Azur"
RECORDS = [
    O("Terralia", "association", [("Terralia", 1), ("Terralia", 2)]),
    O("Solutions Communicantes Sécurisées", "association", ["Solutions Communicantes Sécurisées"]),
    O("SAFE Cluster", "association", [("SAFE Cluster", 1), ("SAFE Cluster", 2), ("SAFE Cluster", 3)]),
    O("Optitec", "association", ["Optitec"]),  # "etOptitec" (glued) is no whole-word occurrence
    O("Capenergies", "association", [("Capenergies", 1), ("Capenergies", 2)]),
    O("Mer Méditerranée", "association", ["Mer Méditerranée"]),
    O("SCS", "association", [("SCS", 1), ("SCS", 2), ("SCS", 3)]),
    O("Eurobiomed", "association", ["Eurobiomed"]),
    O("Ministère de l'Économie, de l'Industrie et de l'Emploi", "public_body",
      ["Ministère de l'Économie, de l'Industrie et de l'Emploi"]),

    L(PACA, [(PACA, 1), (PACA, 2)]),
    L("PACA", ["PACA"]),

    A(("38 M€", 1), 38000000),
    A(("38 M€", 2), 38000000),
    A(("38 M€", 3), 38000000),
    A("30 M€", 30000000),
    A("6 M€", 6000000),
    A("2 M€", 2000000),
    A("2,4 millions d’euros", 2400000, qualifier="about"),

    D("29.03.2017", "2017-03-29"),
    D("début d’année", None, mod="START", relative=True),
]
UNANNOTATED = []
