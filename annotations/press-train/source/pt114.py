# Outremers360: Mayotte and Martinique get the French Tech label (GEMTIC, Martinique Digitale).
BODY_START = None
BODY_END = None

RECORDS = [
    P("Feycoil Mouhoussoune", ["Feycoil Mouhoussoune"], roles=[(None, "GEMTIC")]),  # "association ... portée par"
    P("Cédric O", ["Cédric O"], roles=[("secrétaire d'Etat chargé du Numérique", None)]),

    O("GEMTIC", "association", ["GEMTIC"]),
    O("Martinique Digitale", "association", ["Martinique Digitale"]),
    O("Agence Française de Développement", "public_body", ["Agence Française de Développement"]),
    O("Orange", "company", ["Orange"]),

    L("Outre-mer", [("Outre-mer", 1), ("Outre-mer", 2), ("Outre-mer", 3)]),
    L("Mayotte", [("Mayotte", n) for n in (1, 2, 3, 4, 5)]),
    L("Martinique", [("Martinique", n) for n in (1, 2, 3, 4, 5, 7, 8)]),
    L("Guadeloupe", ["Guadeloupe"]),
    L("Guyane", ["Guyane"]),
    L("Nouvelle-Calédonie", ["Nouvelle-Calédonie"]),

    D("mercredi 21 avril", "XXXX-04-21"),
    D("septembre 2020", "2020-09"),
    D("mai 2019", "2019-05"),
]
UNANNOTATED = [("Mayotte", 6, "inside the event name Invest in Mayotte")]
