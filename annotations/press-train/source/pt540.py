BODY_START = None
BODY_END = None
# "le Département" / "le conseil départemental" (no place in the phrase): generic, no record, so
# its aid amount has no funder link. "le moindre million" has no currency: no amount.

AD = "Agence de Développement et d’Innovation de Mayotte"
RECORDS = [
    P("Frantz Sabin", ["Frantz Sabin"], roles=[("le [directeur] de l’ADIM", AD)]),
    P("Soibahadine", ["Soibahadine"], roles=[("le [président] Soibahadine", None)]),
    P("Ben Issa Ousseni", ["Ben Issa Ousseni"],
      roles=[("son [vice-président Chargé des finances]", None)]),   # of the Département

    O(AD, "public_body", [("ADIM", 1), AD, ("ADIM", 2), ("ADIM", 3)], aliases=["ADIM"]),

    L("Maison de l’Entreprise", ["Maison de l’Entreprise"]),

    A("1,7 million d’euros", 1700000),
    A("9,7 millions d’euros", 9700000),

    D("porte en [2018]", "2018"),
]

UNANNOTATED = []
