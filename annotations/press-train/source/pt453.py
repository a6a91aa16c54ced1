# pt453 — usine-digitale.fr (2023), the Halle de l'Innovation in Montpellier.
BODY_START = "C’est le nouveau centre de gravité"
BODY_END = None

RECORDS = [
    O("Métropole de Montpellier", "public_body", ["Métropole de Montpellier"]),  # "la Métropole", "la métropole": anaphora
    L("Halle de l’Innovation", [("Halle de l’Innovation", 1), ("Halle de l’Innovation", 2), ("Halle de l’Innovation", 3)]),  # the building
    D("le [18 octobre]", "XXXX-10-18"),
    D("au [printemps]", "XXXX-SP"),
    L("Montpellier Sud de France", ["Montpellier Sud de France"]),
    L("Cambacérès", ["Cambacérès"]),
    P("Michaël Delafosse", ["Michaël Delafosse"],
      roles=[("le [maire] et président", None),
             ("maire et [président] de la Métropole", "Métropole de Montpellier")]),
    A("21,4 millions d’euros", 21400000, by=["Métropole de Montpellier"]),  # cost borne by the metropolis
    A("1,130 million", 1130000, to="Métropole de Montpellier", by=["Région Occitanie"]),
    O("Région Occitanie", "public_body", ["Région Occitanie"]),
    A("1,1 million", 1100000, to="Métropole de Montpellier"),  # "par l'État": generic
    O("Studio Muoto", "company", ["Studio Muoto"]),
    O("Studio Jaouen", "company", ["Studio Jaouen"]),
    O("BIC de Montpellier", "other", ["BIC (Business Innovation Centre) de Montpellier"],
      aliases=["Business Innovation Centre"]),
    O("Cap Alpha", "other", ["Cap Alpha"]),
    P("Isabelle Prévot", ["Isabelle Prévot"], roles=[("la [directrice] Isabelle", "BIC de Montpellier")]),
]

UNANNOTATED = []
