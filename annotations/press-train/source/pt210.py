# pt210: Var-Matin via PressReader, Pôle mer Méditerranée general assembly (2017).
BODY_START = "Pôle mer: «L’innovation"  # line 1 is the paper's header
BODY_END = None

PM = "Pôle mer Méditerranée"
RECORDS = [
    P("François Demoulin", ["François Demoulin"], roles=[("Demoulin, [président] du pôle", PM)]),
    P("Patrick Baraona", [("Patrick Baraona", 1), ("Patrick Baraona", 2)],
      roles=[("le [directeur], leur", PM)]),

    O(PM, "association", ["[Pôle mer]: «L’innovation", PM, "du [pôle mer] réunis"], aliases=["Pôle mer"]),

    L("Casino Joa de la Seyne", ["Casino Joa de la Seyne"]),
    L("technopôle de la mer", ["technopôle de la mer"]),
    L("Europe", ["Europe"]),

    M(("400 membres", 1), PM, 400, "membres"),
    M(("400 membres", 2), PM, 400, "membres"),

    D("[Hier], les 400", None, relative=True),
    D("hier matin", None, relative=True),
]
UNANNOTATED = []
