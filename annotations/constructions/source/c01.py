# c01 — invented: "Le conseil d'administration de l'association X … se compose de : A (B), présidente ; C (D), vice-président ; …" (';' items, company in parentheses, title after)
BODY_START = None
BODY_END = None
BO = "Breizh Octets"

RECORDS = [
    L("Rennes", [("Rennes", 1), ("Rennes", 2)]),
    O(BO, "association", [BO]),
    D("du [14 mars 2024]", "2024-03-14"),
    L("Cesson-Sévigné", ["Cesson-Sévigné"]),
    # the list of the board: the title at Breizh Octets, the parenthesis an affiliation
    P("Gaëlle Le Bihan", [("Gaëlle Le Bihan", 1), ("Gaëlle Le Bihan", 2), "Mme Le Bihan"],
      roles=[("(Kerlogic), [présidente]", BO), (None, "Kerlogic"),
             ("Mme Le Bihan a [fondé]", "Kerlogic", "fondatrice")]),
    O("Kerlogic", "company", [("Kerlogic", 1), ("Kerlogic", 2)]),
    P("Yannick Tanguy", ["Yannick Tanguy"], roles=[("(Penn Data), [vice-président]", BO), (None, "Penn Data")]),
    O("Penn Data", "company", ["Penn Data"]),
    P("Solenn Guézennec", ["Solenn Guézennec"], roles=[("(Ar Mor Cloud), [trésorière]", BO), (None, "Ar Mor Cloud")]),
    O("Ar Mor Cloud", "company", ["Ar Mor Cloud"]),
    P("Erwan Caradec", ["Erwan Caradec"], roles=[("Caradec, [secrétaire]", BO)]),
    P("Mathilde Rolland", ["Mathilde Rolland"], roles=[("[administrateurs]", BO), (None, "Studio Goëmon")]),
    O("Studio Goëmon", "company", ["Studio Goëmon"]),
    P("Pierrick Le Meur", ["Pierrick Le Meur"], roles=[("[administrateurs]", BO), (None, "Tevenn Systèmes")]),
    O("Tevenn Systèmes", "company", ["Tevenn Systèmes"]),
    L("Ille-et-Vilaine", ["Ille-et-Vilaine"]),
    M("[140 adhérents]", BO, 140, "adhérents"),
    A("210 000 euros", 210000, to=BO),   # the association's budget
    # the outgoing president: "président" of the association just discussed
    P("Hervé Lagadec", ["Hervé Lagadec"], roles=[("Lagadec, [président]", BO)]),
    D("depuis [2019]", "2019"),
    D("en [2011]", "2011"),
]
UNANNOTATED = []
