# pt612 — ewag.fr, interview of Martinique Digitale's president (2020)
BODY_END = None

RECORDS = [
    P("Eric Belrose", [("Eric Belrose", 1), ("Eric Belrose", 2)],
      roles=[("son [président]", "Martinique Digitale")]),
    P("Jean-Albert Coopmann", ["Jean-Albert Coopmann"]),   # photo credit

    O("Martinique Digitale", "association", [("Martinique Digitale", i) for i in range(1, 4)]),
    O("Collectivité territoriale de la Martinique", "public_body", ["Collectivité territoriale de la Martinique"]),

    L("Martinique", ["numérique de la [Martinique]", "épanouissement en [Martinique]", "performance de la [Martinique]"]),

    D("il y a tout juste un an", None, relative=True),
]

UNANNOTATED = []
