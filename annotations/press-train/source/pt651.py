# pt651 — objectifaquitaine.latribune.fr, three deeptech start-ups sharing offices (Bordeaux, 2020)
BODY_END = None
NB = "Nimbl'Bot"
CE = ("chefs d'entreprise", 1)    # "les quatre chefs d'entreprise colocataires : A (X), B (Y), ..."
CE2 = ("chefs d'entreprise", 2)   # the caption, repeated: one role per span (§15)

RECORDS = [
    P("Jad Rouhana", [("Jad Rouhana", i) for i in range(1, 4)],
      roles=[(CE, "Lynxdrone"), (CE2, "Lynxdrone"),
             ("[Cofondée] et présidée", "Lynxdrone", "cofondateur"),
             ("Cofondée et [présidée]", "Lynxdrone", "président")]),
    P("Alice Lassalle", [("Alice Lassalle", i) for i in range(1, 4)],
      roles=[(CE, NB), (CE2, NB), ("[Cofondée] par Alice", NB, "cofondatrice")]),
    P("Bertrand Laine", [("Bertrand Laine", i) for i in range(1, 4)],
      roles=[(CE, "3Ditex"), (CE2, "3Ditex"), ("[cofondée] et dirigée", "3Ditex", "cofondateur")]),
    P("Ludovic Dufau", [("Ludovic Dufau", i) for i in range(1, 4)],
      roles=[(CE, NB), (CE2, NB), ("[Cofondée] par Alice", NB, "cofondateur")]),

    O("Lynxdrone", "company", [("Lynxdrone", i) for i in range(1, 5)]),
    O(NB, "company", [(NB, i) for i in range(1, 6)] + [("Nimbl'bot", 1), ("Nimbl'bot", 2)]),
    O("3Ditex", "company", [("3Ditex", i) for i in range(1, 5)]),
    O("Bordeaux Technowest", "other", [("Bordeaux Technowest", 1), ("Bordeaux Technowest", 2)]),
    O("Agence APPA", "company", ["Agence APPA"]),       # photo credit
    O("Technostart", "other", ["Technostart"]),
    O("Irdi Soridec", "company", ["Irdi Soridec"]),

    A("250.000 euros", 250000, to=NB, by=["Technostart", "Irdi Soridec"]),

    D("fin 2018", "2018", mod="END"),
    D("horizon [2022]", "2022"),
    D("fin 2020", "2020", mod="END"),
    D("d'affaires en [2020]", "2020"),
]

UNANNOTATED = []
