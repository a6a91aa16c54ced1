# pt405 — le7.info, Technopole Grand Poitiers becomes Neoloji.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Vincent Grosyeux", [("Vincent Grosyeux", 1), ("Vincent Grosyeux", 2)],
      roles=[("Son [directeur]", "Technopole Grand Poitiers")]),  # "Son" = l'incubateur of the previous sentence
    P("Romain Mudrak", ["Romain Mudrak"]),  # byline

    O("Technopole Grand Poitiers", "other", [("Technopole Grand Poitiers", 1), ("Technopole Grand Poitiers", 2)]),
    O("Neoloji", "other", [("Neoloji", 1), ("Neoloji", 2), ("Neoloji", 3), ("Neoloji", 4)]),
    O("H-Tag", "other", ["H-Tag"]),
    O("CEI", "other", ["le [CEI]"]),
    O("Le7.info", "media", ["Le7.info"]),
    O("Retis", "other", ["Retis"]),
    O("Technopole du Futuroscope", "other", ["Technopole du Futuroscope"]),
    O("Grand Châtellerault", "public_body", ["Grand Châtellerault"]),

    D("Le [30 janvier]", "XXXX-01-30"),
    D("[Il y a un an]", None, relative=True),
]

UNANNOTATED = []
