# pt405 (second annotation, annotator 3) — Technopole Grand Poitiers renamed Neoloji (interview)
BODY_START = None
BODY_END = None
# "la Technopole Grand Poitiers est devenue Neoloji": a body and what it became are two records (§5, §16).
# "label Technopole": a label; "programme Sirena": a programme; "la Région": generic.

RECORDS = [
    P("Vincent Grosyeux", [("Vincent Grosyeux", 1), ("Vincent Grosyeux", 2)],
      roles=[("Son [directeur]", "Technopole Grand Poitiers")]),
    P("Romain Mudrak", ["Romain Mudrak"]),   # byline

    O("Technopole Grand Poitiers", "other",
      [("Technopole Grand Poitiers", 1), ("Technopole Grand Poitiers", 2)]),
    O("Neoloji", "other", [("Neoloji", 1), ("Neoloji", 2), ("Neoloji", 3), ("Neoloji", 4)]),  # a body and what it became: not merged (§5)
    O("H-Tag", "other", ["H-Tag"]),
    O("CEI", "other", ["CEI"]),
    O("Le7.info", "media", ["Le7.info"]),
    O("Retis", "other", ["Retis"]),
    O("Technopole du Futuroscope", "other", ["Technopole du Futuroscope"]),
    O("Grand Châtellerault", "public_body", ["Grand Châtellerault"]),

    D("Le [30 janvier]", "XXXX-01-30"),
    D("Il y a un an", None, relative=True),
]

UNANNOTATED = []
