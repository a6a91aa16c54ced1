# pt104 (second annotation, annotator 6) — zinfos974, La French Tech de La Réunion at VivaTech
BODY_END = None

RECORDS = [
    P("Julie Van Snick", [("Julie Van Snick", i) for i in range(1, 4)],
      roles=[(("directrice générale", 1), "La French Tech de La Réunion")]),   # restated at the end: one role

    O("La French Tech de La Réunion", "other", [("La French Tech de La Réunion", i) for i in range(1, 5)]),
    O("Bercy", "public_body", ["Bercy"]),     # the ministry, which listens and funds

    L("Paris", ["Paris"]),
    L("La Réunion", ["[La Réunion] était", "Days à [La Réunion]"]),
    L("Outre-mer", [("Outre-mer", 1), ("Outre-mer", 2)]),

    D("cette semaine", None, relative=True),
    D("l’[année dernière]", None, relative=True),
]

UNANNOTATED = []
