# la1ere 2021: Martinique and Mayotte join the French Tech communities.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Cédric O", [("Cédric O", 1), ("Cédric O", 2), ("Cédric O", 3)],
      roles=[(("secrétaire d'Etat en charge de la transition numérique", 1),
              "secrétariat d'Etat en charge de la transition numérique"),
             ("secrétaire d'Etat chargé de la transition numérique",  # slip §15: caption title span had no role
              "secrétariat d'Etat en charge de la transition numérique")]),

    O("secrétariat d'Etat en charge de la transition numérique", "public_body",
      ["secrétariat d'Etat en charge de la transition numérique"]),
    O("Mission French Tech", "public_body", ["Mission French Tech"]),
    O("Polynésie", "public_body", ["La [Polynésie] a ainsi financé"]),  # slip §12: acting territory is public_body (was other); the community that funds

    L("Martinique", [("Martinique", 1), ("Martinique", 2), ("Martinique", 3)]),
    L("Mayotte", [("Mayotte", 1), ("Mayotte", 2), ("Mayotte", 3)]),
    L("Paris", ["Paris"]),
    L("Outre-mer", [("Outre-mer", 1), ("Outre-mer", 2), ("Outre-mer", 3)]),
    L("Nouvelle-Calédonie", ["Nouvelle-Calédonie"]),
    L("Polynésie", ["la [Polynésie] avaient"]),
    L("France", [("France", 1), ("France", 2)]),

    D("avril 2020", "2020-04"),
    A("50 000 euros", 50000, qualifier="under"),
    D("En [2020]", "2020"),
]
UNANNOTATED = []
