# pt803 — latribune.fr, prix 10.000 startups 2022: overseas stages, winner in La Réunion (2022)
BODY_START = None
BODY_END = None

RECORDS = [
    P("Béatrice Gouyon", ["Béatrice Gouyon"],
      roles=[("la [fondatrice] et CEO", "Logiprem"), ("fondatrice et [CEO]", "Logiprem")]),

    O("La Tribune", "media", [("La Tribune", 1), ("La Tribune", 2)]),
    O("Bpifrance", "public_body", ["Bpifrance"]),
    O("Business France", "public_body", ["Business France"]),
    O("Mission French Tech", "public_body", ["Mission French Tech"]),
    O("BNP Paribas", "company", ["BNP Paribas"]),
    O("ministère des Outre-Mer", "public_body", ["ministère des Outre-Mer"]),
    O("Logiprem", "company", ["Logiprem"]),

    L("Outre-Mer", ["dans les [Outre-Mer]", "étape d'[Outre-Mer]"]),
    L("Guadeloupe", ["Guadeloupe"]),
    L("Polynésie française", ["Polynésie française"]),
    L("La Réunion", [("La Réunion", 1), ("La Réunion", 2)]),
    L("Paris", ["Paris"]),
    L("Grand Rex", ["Grand Rex"]),
    L("France", [("France", 2)]),

    D("cette année", None, relative=True),
    D("17 février", "XXXX-02-17"),
    D("18 février", "XXXX-02-18"),
    D("mardi 8 mars", "XXXX-03-08"),
    D("14 mars", "XXXX-03-14"),
    D("startups [2022]", "2022"),
    D("28 mars prochain", None, relative=True),
    A("100.000 euros", 100000, by=["La Tribune"]),     # the prize, in La Tribune's columns
]

UNANNOTATED = [
    ("Outre-Mer", 4, "inside the prize name 'grand prix spécial Outre-Mer' (§16)"),
    ("Outre-Mer", 5, "inside the prize name 'prix spécial Outre-Mer' (§16)"),
]
