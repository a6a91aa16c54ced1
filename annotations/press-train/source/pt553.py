BODY_START = None
BODY_END = None

S = "Solidéa"
LMD = "Le Mans Développement"
RECORDS = [
    P("Nicolas Landy", [("Nicolas Landy", 1), ("Nicolas Landy", 2)],
      roles=[("le [conseiller municipal] du Mans", None),      # du Mans: the city (place)
             ("Landy, [président] de l’agence", LMD)]),
    P("Bertrand Helme-Guizon", ["Bertrand Helme-Guizon"],
      roles=[("son [fondateur] et", S),                        # "son" = Solidéa
             ("actuel [directeur], Bertrand", S),
             ("Helme-Guizon, [président] de Beta", "Beta Epsilon")]),

    O(S, "company", [(S, 1), (S, 2), (S, 3), (S, 4), (S, 5)]),
    O("Finance Innovation", "association", ["Finance Innovation"]),
    O(LMD, "public_body", [LMD]),
    O("Beta Epsilon", "company", ["Beta Epsilon"]),
    O("Siagi", "company", ["Siagi"]),
    O("O2", "company", ["O2"]),

    L("Pays de Loire", ["Pays de Loire"]),
    L("Mans", ["née au [Mans]", "municipal du [Mans]"]),
    L("France", ["France"]),

    M("une centaine de dirigeants", S, 100, "dirigeants", "about"),

    A("100 €", 100),
    A("300 000 €", 300000, to=S),
    A("100 000 €", 100000, to=S, by=["O2"]),
]

UNANNOTATED = []
