# pt675 — pressreader (Dimanche Ouest France), interview on the French Tech de l'Ouest breton (2023)
BODY_START = "La French tech fait rimer"     # the paper's name line above is the store's header
BODY_END = None
FTOB = "French tech de l’Ouest breton"

RECORDS = [
    P("Renée-Laure EUZEN", ["Renée-Laure EUZEN"]),           # byline
    P("Estelle Keraval", ["Estelle Keraval"], roles=[("directrice", "Anticipa")]),
    P("Nathalie Nicolas", ["Nathalie Nicolas"],
      roles=[("responsable de la communication digitale", FTOB)]),   # "... French tech": the network discussed
    P("Charles Cabillic", ["Charles Cabillic"], roles=[("présidé", FTOB, "président")]),   # its executive committee
    P("Michel L’Hostis", ["Michel L’Hostis"],
      roles=[("patron", "Apizee"), ("vice-président", FTOB)]),
    P("Anne- Cécile Le Quéré", ["Anne- Cécile Le Quéré"], roles=[(None, "Apitic")]),

    O(FTOB, "other", [(FTOB, 1), (FTOB, 2)]),
    O("Anticipa", "other", ["technopole [Anticipa]"]),
    O("Ekinops", "company", ["Ekinops"]),
    O("Lumibird", "company", ["Lumibird"]),
    O("Apizee", "company", ["Apizee"]),
    O("Apitic", "company", ["Apitic"]),

    L("Morlaix", ["Morlaix"]),
    L("Brest", ["Brest"]),
    L("Quimper", ["Quimper"]),
    L("Lannion", [("Lannion", 1), ("Lannion", 2), ("Lannion", 3)]),
    L("Guingamp", ["Guingamp"]),
    L("Ouest breton", ["L’[Ouest breton] a vu"]),

    D(("2019", 1), "2019"),
    D(("2019", 2), "2019"),
    D("En [2023]", "2023"),
]

UNANNOTATED = []
