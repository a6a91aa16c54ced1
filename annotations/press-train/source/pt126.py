# Radio 1 (PF) 2019: the Polynesian Tech is labelled Communauté French Tech.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Cédric O", ["Cédric O"], roles=[("secrétaire d’État au numérique", None)]),
    P("Kat Borlongan", ["Kat Borlongan"], roles=[("directrice", "mission French Tech")]),
    P("Olivier Kressmann", ["Olivier Kressmann"], roles=[("Le [président] de l’association", "Digital Festival Tahiti")]),
    P("Annick Girardin", ["Annick Girardin"], roles=[("ministre des Outre-mer", None)]),

    O("Polynesian Tech", "other", [("Polynesian Tech", n) for n in range(1, 4)]),
    O("mission French Tech", "public_body", ["mission French Tech"]),
    O("Digital Festival Tahiti", "association", ["Digital Festival Tahiti"]),

    L("Paris", [("Paris", 1), ("Paris", 2)]),
    L("Polynésie française", ["Polynésie française", "La [Polynésie] et"]),
    L("La Réunion", ["La Réunion"]),
    L("Océanie", ["Océanie"]),

    D("Mercredi", None, relative=True),
    M("115 startuppers et entrepreneurs innovants polynésiens", "Digital Festival Tahiti", 115,
      "startuppers et entrepreneurs innovants polynésiens", "over"),
]
UNANNOTATED = []
