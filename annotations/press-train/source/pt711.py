# pt711 — info-eco.fr, a La Rochelle entrepreneur becomes president of the SPN digital cluster, member count
BODY_START = None
BODY_END = None

RECORDS = [
    P("Michaël Gouin", ["Michaël Gouin"],
      roles=[("nouveau [président]", "SPN"), (None, "Moshi Moshi Paris"), (None, "Good Morning Planet")]),   # "à la tête de deux structures"
    O("SPN", "association", [("SPN", 1), ("SPN", 2), ("SPN", 3)]),
    O("Moshi Moshi Paris", "company", ["Moshi Moshi Paris"]),
    O("Good Morning Planet", "company", ["Good Morning Planet"]),
    P("Vincent Percevault", ["Vincent Percevault"], roles=[(None, "G4F")]),   # "son groupe G4F"; "prend la suite du": no title written
    O("G4F", "company", ["G4F"]),
    L("Poitou", ["Poitou"]),
    L("Charentes", ["Charentes"]),
    M("près de [150 adhérents]", "SPN", 150, "adhérents", "about"),
    D("En [2016]", "2016"),
    L("Poitou-Charentes", ["Poitou-Charentes"]),
    L("Helsinki", ["Helsinki"]),
    L("Las Vegas", ["Las Vegas"]),
    O("Bercy", "public_body", ["Bercy"]),       # the ministry, supporting the programme
    D("pour [2018]", "2018"),
]
UNANNOTATED = []
