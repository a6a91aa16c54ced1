# pt436 — lalettredumaire.com, tiers-lieux labelled "fabrique de territoire".
BODY_START = None
BODY_END = None

RECORDS = [
    O("ANCT", "public_body", ["ANCT"]),
    L("Lozère", ["Lozère"]),
    O("Pôle lozérien d’économie numérique", "other",
      [("POLeN", 1), "Pôle lozérien d’économie numérique", ("POLeN", 2)], aliases=["POLeN"]),
    O("Région Occitanie", "public_body", ["Région Occitanie"]),
    O("L’Hermitage", "other", ["L’Hermitage"]),
    L("Autrêches", ["Autrêches"]),
    L("Oise", ["Oise"]),
    O("RENETA", "other", ["RENETA"]),
]

UNANNOTATED = []
