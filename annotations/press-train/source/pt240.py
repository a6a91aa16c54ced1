# pt240: Innovation Austrasie, the five Grand Est poles relabelled for phase IV (2019).
BODY_START = None
BODY_END = None

GE = "Grand Est"
RECORDS = [
    P("Christophe Juppin", ["Christophe Juppin"]),
    P("Delphine DESCORNE-JEANNY", ["Delphine DESCORNE-JEANNY"]),
    P("Jean ROTTNER", ["Jean ROTTNER"]),

    O("Conseil de l’innovation", "public_body", ["Conseil de l’innovation"]),
    O("PÔLE INDUSTRIES ET AGRO-RESSOURCES", "association", ["PÔLE INDUSTRIES ET AGRO-RESSOURCES"]),
    O("ALSACE BIOVALLEY", "association", ["ALSACE BIOVALLEY"]),
    O("VEHICULE DU FUTUR", "association", ["VEHICULE DU FUTUR"]),
    O("MATERALIA", "association", ["MATERALIA"]),

    L(GE, [(GE, i) for i in (1, 2, 3, 4)]),
    L("France", ["France"]),
    L("Champagne-Ardenne", ["Champagne-Ardenne"]),
    L("Picardie", ["Picardie"]),
    L("Alsace", ["([Alsace] et"]),
    L("Franche-Comté", ["Franche-Comté"]),

    D("06 février 2019", "2019-02-06"),
    D(("2019-2022", 1), "2019", value_end="2022"),
    D("27 juillet 2018", "2018-07-27"),
    D(("2019-2022", 2), "2019", value_end="2022"),
    D(("2019-2022", 3), "2019", value_end="2022"),
]
UNANNOTATED = []
