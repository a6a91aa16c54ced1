# pt208: Objectif Aquitaine, Digital Aquitaine's growing pains (2015).
BODY_START = None
BODY_END = None

DA = "Digital Aquitaine"
AD = "Association pour le développement de l'électronique et de l'informatique dans le Sud-Ouest"
RECORDS = [
    P("Jacques Peyrondet", [("Jacques Peyrondet", 1), ("Jacques Peyrondet", 2)],
      roles=[("en rester le [président]", DA),
             ("Jacques Peyrondet, [président] de", DA),
             ("Jacques Peyrondet, [président] de", AD)]),

    O(DA, "association", [(DA, i) for i in range(1, 10)]),
    O(AD, "association", [("Adeiso", 1), AD, ("Adeiso", 2)], aliases=["Adeiso"]),
    O("Bordeaux Métropole", "public_body", ["Bordeaux Métropole"]),
    O("Chambre de commerce et d'industrie de Bordeaux", "public_body",
      ["Chambre de commerce et d'industrie (CCI) de Bordeaux"], aliases=["CCI"]),
    O("Cdiscount", "company", ["Cdiscount"]),
    O("La Poste", "company", ["La Poste"]),
    O("TIC&Santé", "association", ["TIC&Santé"]),
    O("Topos", "association", ["Topos"]),

    L("Hôtel de Région", ["Hôtel de Région"]),
    L("Bordeaux", ["à [Bordeaux]"]),

    M("350 adhérents", DA, 350, "adhérents"),

    D("2 avril", "XXXX-04-02"),
    D("en [juin]", "XXXX-06"),
]
UNANNOTATED = []
