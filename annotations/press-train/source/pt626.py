# pt626 — clubic.com, new association Silicon Comté (Franche-Comté, 2014)
BODY_END = None

RECORDS = [
    P("Christophe Boutet", [("Christophe Boutet", i) for i in range(1, 4)],
      roles=[("[Présidée] par", "Silicon Comté", "président")]),

    O("Silicon Comté", "association", [("Silicon Comté", i) for i in range(1, 4)]),
    O("CERN", "education_research", ["CERN"]),

    L("France", ["France"]),
    L("Franche-Comté", [("Franche-Comté", 1), ("Franche-Comté", 2)]),
    L("Silicon Valley", ["Silicon Valley"]),
    L("Besançon", ["Besançon"]),

    D("en [2013]", "2013"),
    D("en [1995]", "1995"),
    D("en [2000]", "2000"),
]

UNANNOTATED = []
