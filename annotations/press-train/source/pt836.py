# pt836 — tendanceouest.com, business networking clubs in Caen: BNI, Clubs 41, Table ronde
BODY_START = "L’aube songe"     # " date 2021-12 ": store prefix
BODY_END = None
BNI = "Business networking international"

RECORDS = [
    P("Jean-Guy Prissette", ["Jean-Guy Prissette"], roles=[("gérant", "IBC Dialog"), (None, "BNI Caen Drakkars")]),   # "Nous sommes vingt cinq dans ce groupe"
    P("Philippe Desavoye", ["Philippe Desavoye"], roles=[("président régional", "Clubs 41")]),   # "sera élu" on 23 May

    O(BNI, "other", [BNI, "membres de [BNI]"], aliases=["BNI"]),
    O("BNI Caen Drakkars", "other", ["BNI Caen Drakkars"]),     # the local chapter
    O("IBC Dialog", "company", ["IBC Dialog"]),                  # "l’entreprise informatique"
    O("Clubs 41", "association", ["Clubs 41"]),
    O("Club de la table ronde", "association", ["Club de la table ronde"]),

    L("stade Michel d’Ornano", ["stade Michel d’Ornano"]),
    L("Normandie", ["Normandie"]),

    D("Ce [jeudi 17 avril]", "XXXX-04-17"),
    M("160 000 membres", BNI, 160000, "membres"),
    D("le [23 mai]", "XXXX-05-23"),
    M("300 adhérents régionaux", "Clubs 41", 300, "adhérents régionaux"),
]

# "Nous sommes vingt cinq dans ce groupe" (BNI Caen Drakkars): no counted noun written, left out;
# "près de 300 chefs d’entreprise ... ont répondu à l’invitation": attendance, not members.
UNANNOTATED = []
