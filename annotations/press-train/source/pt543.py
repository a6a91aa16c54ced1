BODY_START = None
BODY_END = None
# French Tech Rise is a contest; "la French Tech", "Capitales French Tech", "communautés French Tech"
# are labels. In "Communautés French Tech de Nouvelle Calédonie et Polynésie française" /
# "Communautés French Tech Réunion et Mayotte" the plural shared head leaves only place names.

RECORDS = [
    P("Cédric O", ["Cédric O"], roles=[("O, [secrétaire d'Etat au numérique]", None)]),

    O("LMI", "media", ["LMI"]),
    O("BPI France", "public_body", ["BPI France"]),

    L("France", [("France", 1), ("France", 3), ("France", 4)]),
    L("Pays de la Loire", ["Pays de la Loire"]),
    L("Paris", ["Paris"]),
    L("Pacifique", ["Pacifique"]),
    L("Nouvelle Calédonie", ["Nouvelle Calédonie"]),
    L("Polynésie française", ["Polynésie française"]),
    L("Océan Indien", ["Océan Indien"]),
    L("Réunion", ["Réunion"]),
    L("Mayotte", ["Mayotte"]),
    L("Antilles", ["Antilles"]),
    L("Guadeloupe", ["Guadeloupe"]),
    L("Martinique", ["Martinique"]),
    L("Guyane", ["Guyane"]),

    A("500 000€ à 5M€", 500000, value_max=5000000),

    D("Paris en [novembre]", "XXXX-11"),
]

UNANNOTATED = []
