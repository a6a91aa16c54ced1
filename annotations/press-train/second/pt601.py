BODY_START = None
BODY_END = None

ARI = "Agence régionale de l’innovation"
RR = "Région Réunion"
RECORDS = [
    P("Maya Césari", ["Maya Césari"],
      roles=[("[Présidée] par Maya", ARI, "présidente"),
             ("[élue régionale déléguée à l’Innovation]", RR)]),
    P("Elisabeth Péguillan", ["Elisabeth Péguillan"],
      roles=[("est [vice-présidée] par", ARI, "vice-présidente"),
             ("Péguillan, [directrice générale] du Village", "Village by CA")]),

    O(ARI, "public_body", ["L’[agence régionale de l’innovation] cherche",
                           "la création de l’[Agence régionale de l’innovation]",
                           ("ARI", 1), ("ARI", 2)], aliases=["ARI"]),
    O(RR, "public_body", [RR]),
    O("L’Eco austral", "media", ["L’Eco austral"]),
    O("Village by CA", "other", ["Village by CA"]),
    O("Nexa", "public_body", ["Nexa"]),

    A("1,5 million d’euros", 1500000, to=ARI, by=[RR]),

    D("20 septembre dernier", None, relative=True),
    D("opérationnelle en [2024]", "2024"),
]

UNANNOTATED = []
