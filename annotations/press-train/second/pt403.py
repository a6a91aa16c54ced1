# pt403 (second annotation, annotator 3) — the Hub-IC incubator of Le Damier
BODY_START = None
BODY_END = None

RECORDS = [
    P("Oscar", ["Oscar"]),   # an incubatee, first name only

    O("Hub-IC", "other", [("Hub-IC", i) for i in range(1, 5)]),
    O("Le Damier", "other", ["Hub-IC du [Damier]", ("Hub-IC du [Damier]", 2), "l’incubateur du [Damier]",
                             "Le Damier"]),
]

UNANNOTATED = []
