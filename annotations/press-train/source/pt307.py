# pt307 — lejournaldesentreprises.com, PACA, launch of Capital Provence Business Angels
BODY_START = None
BODY_END = None

RECORDS = [
    P("Benjamin Féles", ["Benjamin Féles"],
      roles=[("[créateur] de la société", "Carwego")]),
    P("Jérémie Berrebi", ["Jérémie Berrebi"]),   # "créé par": a verb, no role (§4)
    P("Xavier Niel", ["Xavier Niel"]),
    P("Guy Gensollen", ["Guy Gensollen"],
      roles=[("[vice-président] des Provence", "Provence business angels")]),

    O("SMC", "company", ["SMC"]),  # a bank (§14, §16)
    O("Capital Provence Business Angels", "other", ["Capital Provence Business Angels", "CPBA"],
      aliases=["CPBA"]),
    O("Carwego", "company", ["Carwego"]),
    O("Kima Ventures", "other", ["Kima Ventures"]),  # "le fonds d'investissement": a fund, form not stated (§16)
    O("Provence business angels", "other", ["Provence business angels", "PBA"], aliases=["PBA"]),
]

UNANNOTATED = []
