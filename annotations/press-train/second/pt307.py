# pt307 (second annotation, annotator 2): launch evening of Capital Provence Business Angels.
BODY_START = None
BODY_END = None

CPBA = "Capital Provence Business Angels"
PBA = "Provence business angels"
RECORDS = [
    P("Benjamin Féles", ["Benjamin Féles"], roles=[("créateur", "Carwego")]),
    P("Jérémie Berrebi", ["Jérémie Berrebi"]),  # "créé par": a verb, no role (GUIDELINES §4)
    P("Xavier Niel", ["Xavier Niel"]),
    P("Guy Gensollen", ["Guy Gensollen"], roles=[("vice-président", PBA)]),

    O("SMC", "company", ["SMC"]),
    O(CPBA, "other", ["Capital Provence Business Angels", "CPBA"], aliases=["CPBA"]),
    O("Carwego", "company", ["Carwego"]),
    O("Kima Ventures", "other", ["Kima Ventures"]),
    O(PBA, "other", ["Provence business angels", "PBA"], aliases=["PBA"]),
]
UNANNOTATED = []
