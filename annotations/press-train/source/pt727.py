# pt727 — info-eco.fr, the Technopole Grand Poitiers and the CEI business nursery merge
BODY_START = None
BODY_END = None
TGP = "Technopole Grand Poitiers"
CEI = "Centre d’entreprises et d’innovation"

RECORDS = [
    O(TGP, "other", [TGP]),          # later "la Technopole": capitalized common noun, anaphora
    O(CEI, "other", [CEI, ("CEI", 1), ("CEI", 2), ("CEI", 3), ("CEI", 4)], aliases=["CEI"]),
    D("mercredi 27 mars", "XXXX-03-27"),
    D("décembre dernier", None, relative=True),
    D("ce [27 mars]", "XXXX-03-27"),
    P("Alain Claeys", [("Alain Claeys", 1), ("Alain Claeys", 2)],
      roles=[("Claeys, [président]", "Grand Poitiers"), ("Claeys, [président]", TGP)]),   # "président de Grand Poitiers et de la Technopole"
    O("Grand Poitiers", "public_body", ["président de [Grand Poitiers]"]),
    P("Ludovic Bertrand", ["Ludovic Bertrand"], roles=[("Bertrand, [président]", CEI)]),
]
UNANNOTATED = []
