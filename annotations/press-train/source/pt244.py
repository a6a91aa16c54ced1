# pt244: Mer et Marine, a maritime cluster soon in Martinique.
BODY_START = None
BODY_END = None

RECORDS = [
    O("Cluster Maritime Français", "association", ["Cluster Maritime Français"]),
    O("MER ET MARINE", "media", ["MER ET MARINE"]),

    L("La Réunion", ["La Réunion"]),
    L("Guadeloupe", ["Guadeloupe"]),
    L("Guyane", ["Guyane"]),
    L("Martinique", ["Martinique"]),

    M("une centaine d’entreprises", None, 100, "entreprises", "about"),  # members of the Guyane and Guadeloupe clusters, unnamed
]
UNANNOTATED = []
