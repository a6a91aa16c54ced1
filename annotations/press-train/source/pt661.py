# pt661 — gomet.net, Marseille Innovation opens a city-centre site with the CIC (2018)
BODY_END = None
MI = "Marseille Innovation"

RECORDS = [
    P("Richard Michel", ["Richard Michel"]),       # byline
    P("Laurence Olivier", ["Laurence Olivier"], roles=[("directrice générale", MI)]),

    O(MI, "other", [(MI, i) for i in range(1, 5)]),
    O("Bonnasse Lyonnaise de Banque", "company", ["Bonnasse Lyonnaise de Banque"]),
    O("CIC", "company", ["devenu depuis le [CIC]"]),

    L("Marseille", ["multiplient à [Marseille]", "domaine à [Marseille]"]),
    L("allées Léon Gambetta", ["allées Léon Gambetta"]),
    L("Canebière", ["Canebière"]),
    L("CIC Place de l’innovation", ["CIC Place de l’innovation"]),

    A("3 millions d’euros", 3000000, by=["CIC"]),       # "La banque ... Elle a investi"

    D("le [début de l’année]", None, mod="START", relative=True),
    D("en [1996]", "1996"),
    D("lundi 17 septembre", "XXXX-09-17"),
]

UNANNOTATED = []
