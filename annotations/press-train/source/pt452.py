# pt452 — webtimemedias.com, seven incubator bids in PACA.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Provence-Alpes-Côte d'Azur", ["pour la [PACA]", "région [PACA]", "Provence-Alpes-Côte d'Azur", "que la [PACA]"]),
    L("Marseille-Aix", ["Marseille-Aix", "Aix-Marseille"]),
    L("Luminy", ["Luminy"]),
    O("La Belle de mai", "other", ["La Belle de mai"]),
    L("Marseille", ["multimédia à [Marseille]"]),
    L("Toulon", ["Toulon"]),  # "figure parmi les volontaires": metonymy for its bid, as for Sophia Antipolis
    L("Sophia Antipolis", ["[Sophia] candidat"]),  # "NTICSophia Antipolis" is glued: no whole-word locator
    P("Laffitte", ["Laffitte"], roles=[("le [sénateur]", None)]),
    O("Telecom Valley", "association", ["Telecom Valley"]),
    O("PERSAN", "association", ["PERSAN"]),
    O("INRIA", "education_research", ["INRIA"]),
    L("Etats-Unis", ["Etats-Unis"]),
]

UNANNOTATED = []
