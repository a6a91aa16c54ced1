# pt660 — tahiti-pacifique.com, creating a start-up in Tahiti (2019)
BODY_START = "Créer une start-up à Tahiti"     # "Menu" above is chrome
BODY_END = None

RECORDS = [
    P("Jacques Franc de Ferrière", [("Jacques Franc de Ferrière", i) for i in range(1, 4)]),   # byline and photo credits

    O("PRISM", "other", [("PRISM", 1), ("PRISM", 2)]),

    L("Tahiti", [("Tahiti", 1), ("Tahiti", 2)]),
    L("Polynésie", [("Polynésie", i) for i in range(1, 4)]),
    L("Japon", ["Japon"]),

    D("Vendredi 17 Mai 2019", "2019-05-17"),     # publication stamp
]

# "une Silicon Valley locale": a figure of speech for a hoped-for cluster, not the place; no probe covers it.
UNANNOTATED = []
