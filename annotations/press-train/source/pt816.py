# pt816 — lagazettefrance.fr (Les Tablettes Lorraines), Réseau Entreprendre Lorraine laureates party (2014)
BODY_START = None
BODY_END = None
REL = "Réseau Entreprendre Lorraine"

RECORDS = [
    P("Claude Entemeyer", [("Claude Entemeyer", i) for i in range(1, 4)],
      roles=[("son [président]", REL)]),

    O(REL, "other", [(REL, 1), (REL, 2)]),
    O("Les Tablettes Lorraines", "media", ["Les Tablettes Lorraines"]),   # the interviewing paper

    L("Meuse", ["Meuse"]),
    L("L’Autre Canal", ["l’[Autre Canal], le point", "L’Autre Canal"]),

    D("Lundi 14 avril 2014", "2014-04-14"),
    M("Près de [300 chefs d’entreprise]", REL, 300, "chefs d’entreprise", "about"),   # "(adhérents et lauréats) composent ..."
    D("ce [14 avril]", "XXXX-04-14"),
]

UNANNOTATED = []
