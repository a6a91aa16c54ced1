# zinfos974: the DG of La French Tech de La Réunion at VivaTech.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Julie Van Snick", [("Julie Van Snick", 1), ("Julie Van Snick", 2), ("Julie Van Snick", 3)],
      roles=[(("directrice générale", 1), "La French Tech de La Réunion")]),

    O("La French Tech de La Réunion", "other", [("La French Tech de La Réunion", i) for i in range(1, 5)]),
    O("Bercy", "public_body", ["Bercy"]),  # the ministry, by metonymy

    L("La Réunion", ["[La Réunion] était", "Days à [La Réunion]"]),
    L("Paris", ["Paris"]),
    L("Outre-mer", [("Outre-mer", 1), ("Outre-mer", 2)]),

    D("cette semaine", None, relative=True),
    D("année dernière", None, relative=True),
]
UNANNOTATED = []
