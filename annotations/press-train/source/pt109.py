# agenceks blog: French Tech Guadeloupe and its co-presidents.
BODY_START = "French Tech Guadeloupe"  # the rubric "[Ecrin politique]" is chrome
BODY_END = None

RECORDS = [
    P("Kenny Chammougon", ["Kenny Chammougon"],
      roles=[("ingénieur terrtorial", None), ("co-présidents", "French Tech Guadeloupe")]),
    P("Éric Tessanne", ["Éric Tessanne"],
      roles=[("conseiller en info-gérance informatique", None),  # §16: "créateur de la société" is an agent noun (creating, §15), no role
             ("co-présidents", "French Tech Guadeloupe")]),
    P("Cédric O", ["Cédric O"],
      roles=[("Secrétaire d’État chargé de la transition numérique et des communications électroniques", None)]),
    P("Keyza Nubret", ["Keyza Nubret"]),  # author signature

    O("French Tech Guadeloupe", "association", [("French Tech Guadeloupe", i) for i in range(1, 4)]),
    O("Avant-Garde Outre-mer", "company", ["Avant-Garde Outre-mer"]),
    O("ministère de l’Économie", "public_body", ["ministère de l’Économie"]),

    L("Outre-mer", ["les [Outre-mer]"]),
    L("Guadeloupe", ["profiter la [Guadeloupe]", "rebond économique de la [Guadeloupe]", "habitants de [Guadeloupe]"]),
    L("Pointe-à-Pitre", ["Pointe-à-Pitre"]),

    D("Initié en [2020]", "2020"),
]
UNANNOTATED = []
