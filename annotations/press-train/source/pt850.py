# pt850 — touleco.fr, the Agri Sud-Ouest Innovation competitiveness cluster: members, backers, aid obtained (2022)
BODY_START = "Agri Sud-Ouest Innovation, c’est"     # " date 2022-03 ": store prefix
BODY_END = None
ASO = "Agri Sud-Ouest Innovation"
INRAE = "Institut national de la recherche pour l’agriculture, l’alimentation et l’environnement"

RECORDS = [
    O(ASO, "association", [(ASO, 1), (ASO, 2)]),      # "un pôle de compétitivité"
    O("Région Occitanie", "public_body", ["Région Occitanie"]),
    O("Région Nouvelle-Aquitaine", "public_body", ["Région Nouvelle-Aquitaine"]),
    O("Toulouse Métropole", "public_body", ["Toulouse Métropole"]),
    O("Sicoval", "public_body", ["Sicoval"]),
    O(INRAE, "education_research", [INRAE, "Inrae"], aliases=["Inrae"]),

    M("419 adhérents", ASO, 419, "adhérents"),
    D("adhérents en [2021]", "2021"),
    D("l’[année passée]", None, relative=True),
    A("8,3 millions", 8300000),          # "d’aide publiques": money, obtained by 28 unnamed projects
    A("1,9 million", 1900000),
]

# "AgRobotics Land", "French Tech Agri 20", "Diva": projects and programmes.
UNANNOTATED = []
