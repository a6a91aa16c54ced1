# pt601 — ecoaustral.com, Agence régionale de l'innovation (La Réunion)
BODY_END = None

RECORDS = [
    P("Maya Césari", ["Maya Césari"],
      roles=[("[Présidée] par", "Agence régionale de l'innovation", "présidente"),
             ("élue régionale déléguée à l'Innovation", "Région Réunion")]),
    P("Elisabeth Péguillan", ["Elisabeth Péguillan"],
      roles=[("[vice-présidée] par", "Agence régionale de l'innovation", "vice-présidente"),
             ("directrice générale", "Village by CA")]),

    O("Région Réunion", "public_body", ["Région Réunion"]),
    # "Maison de l'Export 2.0" en gestation: a project (§5)
    O("L'Eco austral", "media", ["L'Eco austral"]),
    O("Agence régionale de l'innovation", "public_body",
      ["L'[agence régionale de l'innovation] cherche", "Agence régionale de l'innovation", ("ARI", 1), ("ARI", 2)],
      aliases=["ARI"]),
    O("Village by CA", "other", ["Village by CA"]),
    O("Nexa", "public_body", ["Nexa"]),
    # "Feder": an EU funding programme, not an organization (§16)

    A("1,5 million d'euros", 1500000, to="Agence régionale de l'innovation", by=["Région Réunion"]),

    D("20 septembre dernier", None, relative=True),
    D("en [2024]", "2024"),
]

UNANNOTATED = []
