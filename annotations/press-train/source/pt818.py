# pt818 — massiliamundi.com, the seven PACA competitiveness clusters kept for phase 5, with their member counts
BODY_START = None
BODY_END = None
PMM = "pôle mer Méditerranée"

RECORDS = [
    P("Henry Wagner", ["Henry Wagner"]),     # photo credit

    O(PMM, "association", [PMM]),          # the head stays: "mer Méditerranée" alone names the sea
    O("Eurobiomed", "association", ["Eurobiomed"]),
    O("Optitec", "association", ["Optitec"]),
    O("SCS", "association", ["SCS"]),
    O("Capénergies", "association", ["Capénergies"]),
    O("Innov’Alliance", "association", ["Innov’Alliance"]),
    O("Safe Cluster", "association", ["Safe Cluster"]),

    L("Paca", ["Paca"]),

    A("9 millions d’euros", 9000000),       # the State's yearly support to all clusters
    M("474 membres", PMM, 474, "membres"),
    M("426 adhérents", "Eurobiomed", 426, "adhérents"),
    M("210 adhérents", "Optitec", 210, "adhérents"),
    M("310 membres", "SCS", 310, "membres"),
    M("530 membres", "Capénergies", 530, "membres"),
    M("plus de [400 membres]", "Innov’Alliance", 400, "membres", "over"),
    M("450 adhérents", "Safe Cluster", 450, "adhérents"),
]

UNANNOTATED = []
