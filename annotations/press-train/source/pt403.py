# pt403 — leconnecteur.org, Hub-IC incubator of Le Damier.
BODY_START = None
BODY_END = None

RECORDS = [
    O("Hub-IC", "other", [("Hub-IC", 1), ("Hub-IC", 2), ("Hub-IC", 3), ("Hub-IC", 4)]),
    O("Le Damier", "other", ["[Damier]\n\nDans", "[Damier]\n\nDerrière", "l’incubateur du [Damier]", "Le Damier"]),
    P("Oscar", ["Oscar"]),
]

UNANNOTATED = []
