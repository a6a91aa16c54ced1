# pt709 — lagazettefrance.fr, the ESS incubator Évident ! launches its 7th cohort in Lille
BODY_START = None
BODY_END = None
EV = "Évident !"
IC = "Initiatives et Cité"

RECORDS = [
    O(EV, "other", [(EV, i) for i in range(1, 6)]),
    O(IC, "other", [(IC, i) for i in range(1, 8)]),
    D("12 septembre", "XXXX-09-12"),
    P("Michel Bouchaert", [("Michel Bouchaert", i) for i in range(1, 5)],
      roles=[(("Bouchaert, [président]", 1), IC), (("Bouchaert, [président]", 2), IC),
             (("Bouchaert, [président]", 3), IC), ("co-fondateur", EV)]),
    P("Agathe Mouchel", [("Agathe Mouchel", 1), ("Agathe Mouchel", 2)],
      roles=[(("Coordinatrice", 1), IC), (("Coordinatrice", 2), IC)]),
    L("Lille", [("Lille", 1), ("Lille", 2)]),
    D(("en [2018]", 1), "2018"),
    D(("en [2018]", 2), "2018"),
]
UNANNOTATED = []
