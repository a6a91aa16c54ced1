# pt747 — aquae-officiel.fr, the thermal-industry cluster Innovatherm and its president
BODY_START = "Cluster Innovatherm #102"     # "AQUÆ" / "Tourisme": site and section lines
BODY_END = None
INN = "Innovatherm"
CV = "Compagnie de Vichy"

RECORDS = [
    O(INN, "association", ["Cluster [Innovatherm] #102", "le Cluster [Innovatherm]"]),
    D("en [2014]", "2014"),
    L("Auvergne", ["Auvergne"]),               # "la région Auvergne": lowercase, the place (§15)
    P("Jérôme Phelipeau", ["Jérôme Phelipeau"],
      roles=[("[Présidé] par", INN, "président"), ("aussi [président] et directeur", CV),
             ("président et [directeur général]", CV)]),
    O(CV, "company", [CV]),
]
UNANNOTATED = []
