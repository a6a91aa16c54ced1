# wealthwisereport (reprint): new team at the head of French Tech Saint-Etienne.
BODY_START = None
BODY_END = None

F = "French Tech Saint-Etienne"
RECORDS = [
    P("Émilie Legoff", ["Émilie Legoff"], roles=[("ex-dirigeante", "Troops")]),
    P("Marc Chassaubéné", ["Marc Chassaubéné"],
      roles=[("élu", None), ("le [vice-président] de Saint-Etienne", "Saint-Etienne Métropole")]),  # the vice-président = the élu stéphanois
    P("Maud Charaf", [("Maud Charaf", 1), ("Maud Charaf", 2)],
      roles=[(None, F), ("directrice", "Hub612")]),  # "c'est Maud Charaf ... qui s'y colle" (à la tête de)
    P("Denise Hoblingre", [("Denise Hoblingre", 1), ("Denise Hoblingre", 2)],
      roles=[(None, F), (None, "Keranova"), ("vice-présidente", F)]),  # "passe le relais à", "dirige"
    P("Fabrice Romano", ["Fabrice Romano"]),   # "créée … par": a verb of creation, no role (§15)

    O("Troops", "company", ["Troops"]),
    O(F, "association", [F]),
    O("Hub612", "other", ["Hub612"]),
    O("Saint-Etienne Métropole", "public_body", ["Saint-Etienne Métropole"]),
    O("Keranova", "company", ["Keranova"]),

    L("Lyon", ["Lyon"]),

    D("printemps dernier", None, relative=True),
    D("il y a dix ans", None, relative=True),
    M("600 adhérents", F, 600, "adhérents"),
]
UNANNOTATED = []
