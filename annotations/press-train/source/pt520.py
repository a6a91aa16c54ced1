BODY_START = "Le 8 novembre"   # "Voir plus grand." is the image-zoom link
BODY_END = None

MMM = "Montpellier Méditerranée Métropole"
RO = "Région Occitanie"
RECORDS = [
    P("Michaël Delafosse", [("Michaël Delafosse", 1), ("Michaël Delafosse", 2)],
      roles=[("Delafosse, [président] de Montpellier", MMM)]),
    P("Robert Ménard", ["Robert Ménard"]),

    O("Agence de Développement et des Transitions", "public_body",
      ["Agence de Développement et des Transitions"]),
    O(MMM, "public_body", [(MMM, 1), "la [Métropole de Montpellier]", (MMM, 2)],
      aliases=["Métropole de Montpellier"]),
    O(RO, "public_body", [(RO, 1), (RO, 2)]),
    O("Sète Agglopôle Méditerranée", "public_body", ["Sète Agglopôle Méditerranée"]),
    O("Hérault Méditerranée", "public_body", ["Hérault Méditerranée"]),
    O("Pays de l’Or Agglomération", "public_body", ["Pays de l’Or Agglomération"]),
    O("Pays de Lunel", "public_body", ["Pays de Lunel"]),
    O("Grand Pic Saint-Loup", "public_body", ["Grand Pic Saint-Loup"]),
    O("Vallée de l’Hérault", "public_body", ["la [Vallée de l’Hérault]"]),
    O("Salagou Cœur d’Hérault", "public_body", ["Salagou Cœur d’Hérault"]),
    O("Lodévois et Larzac", "public_body", ["Lodévois et Larzac"]),
    O("Pulse", "public_body", ["Pulse"]),

    L("Occitanie", ["de la région [Occitanie] lancent"]),
    L("Corum de Montpellier", ["Corum de Montpellier"]),
    L("Biterrois", ["le [Biterrois] avoir"]),
    L("Béziers", ["Béziers"]),

    D("Le [8 novembre]", "XXXX-11-08"),
    D("ce [21 novembre]", "XXXX-11-21"),
]

UNANNOTATED = []
