# pt812 — cession-entreprise.com, the Réseau Entreprendre movement at its 2006 biennial
BODY_START = None
BODY_END = None

RECORDS = [
    P("Patrick Dargent", [("Patrick Dargent", 1), ("Patrick Dargent", 2)],
      roles=[("Dargent, [président] du Réseau", None)]),   # "le Réseau": no proper part written (§16)
    P("Laurent Degroote", ["Laurent Degroote"], roles=[("ancien président", None)]),
    P("Marc de Buttet", ["Marc de Buttet"], roles=[("directeur", "Savoie Entreprendre")]),

    O("Vendée Entreprendre", "association", ["Vendée Entreprendre"]),       # among the movement's associations
    O("Franche-Comté Entreprendre", "association", ["Franche-Comté Entreprendre"]),
    O("Savoie Entreprendre", "association", ["Savoie Entreprendre"]),

    L("Avignon", ["Avignon"]),
    L("Cité des Papes", ["Cité des Papes"]),
    L("Languedoc", ["Languedoc"]),
    L("Basse-Normandie", ["Basse-Normandie"]),
    L("Ile-de-France", ["Ile-de-France"]),
    L("Limousin", ["Limousin"]),
    L("Savoie", ["la [Savoie]. «"]),

    D("20 novembre", "XXXX-11-20"),
    D("Biennale [2006]", "2006"),
    M("35 associations", None, 35, "associations"),        # the network's member associations; the network is never named
    A("25 000 €", 25000),
    A("25 millions d’euros", 25000000),
    A("50 millions d’euros", 50000000),
    D("d’ici [2010]", "2010"),
    D("jour en [2006]", "2006"),
    D(("2007", 1), "2007"),
    D("Avant [2001]", "2001"),
    D(("2007", 2), "2007"),
]

UNANNOTATED = []
