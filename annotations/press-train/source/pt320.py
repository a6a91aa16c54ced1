# pt320 — latribune.fr, La Réunion, Capitale French Tech label (2023)
BODY_START = "On connaît"   # " date 2023-02 " is the page store's prefix
BODY_END = None
# "la French Tech locale" (no name), "Capitale(s) French Tech", "Communautés": labels, no record.

RECORDS = [
    P("Manuel Warlop", ["Manuel Warlop"],
      roles=[("[coprésident] de la French", "French Tech Réunion")]),

    O("French Tech Réunion", "other", ["French Tech Réunion"]),

    L("La Réunion", ["île de [La Réunion]", "[La Réunion] rejoint"]),
    L("Paris", ["Paris"]),
    L("Outre-Mer", [("Outre-Mer", i) for i in range(1, 7)]),
    L("France", ["France"]),
    L("Guadeloupe", ["Guadeloupe"]),
    L("Martinique", ["Martinique"]),
    L("Mayotte", ["Mayotte"]),
    L("Polynésie", ["Polynésie"]),
    L("Nouvelle-Calédonie", ["Nouvelle-Calédonie"]),
    L("Métropole", ["Métropole"]),   # mainland France

    D("en [2016]", "2016"),
    D("2023-2025", "2023", value_end="2025"),
]

UNANNOTATED = []
