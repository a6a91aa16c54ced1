# pt621 — lemondeinformatique.fr, interview of ADN Ouest's new president (Nantes)
BODY_END = None

RECORDS = [
    P("Jean-Pierre Moreau", ["Jean-Pierre Moreau"],
      roles=[("en tant que [président] d'ADN", "ADN Ouest")]),    # "votre élection en tant que président d'ADN Ouest"
    P("Christophe Chapet", ["Christophe Chapet", "influence de [Christophe]"],
      roles=[(None, "ADN Ouest")]),                                # "votre prédécesseur": the post is not named

    O("Le Monde Informatique", "media", ["Le Monde Informatique"]),   # the interviewer's label
    O("ADN Ouest", "association", [("ADN Ouest", i) for i in range(1, 6)]),
    O("ADN booster", "other", ["ADN booster"]),
    O("dirigeants responsables de l'Ouest", "association", ["[DRO] (dirigeants responsables de l'Ouest)", "DRO ([dirigeants responsables de l'Ouest])"],
      aliases=["DRO"]),
    O("Réseau Entreprendre", "association", ["Réseau Entreprendre"]),
    O("La Cantine", "other", ["La Cantine"]),

    M("525 adhérents", "ADN Ouest", 525, "adhérents"),

    D("mars dernier", None, relative=True),
]

UNANNOTATED = []
