# Outremers360 2020: GEMTIC Mayotte announces the French Tech candidacy.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Feycoil Mouhoussoune", [("Feycoil Mouhoussoune", n) for n in range(1, 6)],
      roles=[(("président", 1), "GEMTIC Mayotte"), (("président", 2), "GEMTIC Mayotte")]),  # slip: second title span had no role

    O("GEMTIC Mayotte", "other", ["GEMTIC Mayotte", "Gemtic Mayotte"]),
    O("Outremers 360", "media", ["Outremers 360"]),
    O("ADIM", "other", ["ADIM"]),
    O("Conseil Départemental de Mayotte", "public_body", ["Conseil Départemental de Mayotte"]),

    L("Mayotte", [("Mayotte", n) for n in (1, 2, 3, 4, 7, 8, 10)]),
    L("Station F", ["Station F"]),
    L("La Réunion", ["La Réunion"]),
    L("Océan Indien", ["Océan Indien"]),
    L("Outre-mer", ["Outre-mer"]),

    D("jeudi 24 septembre", "XXXX-09-24"),
    D("à partir de [2021]", "2021"),
]
UNANNOTATED = [("Mayotte", 5, "inside the event name Invest In Mayotte")]
