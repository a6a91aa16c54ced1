# France 3 Normandie: Normandy French Tech labelled; reactions.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Laurent Beauvais", ["Laurent Beauvais"], roles=[("présidents", None)]),
    P("Nicolas Mayer-Rossignol", ["Nicolas Mayer-Rossignol"], roles=[("présidents", None)]),
    P("Joël Bruneau", ["Joël Bruneau"], roles=[("Bruneau, [président] de Caen", "Caen-la-Mer"), ("[maire] de Caen", None)]),
    P("Frédéric Sanchez", ["Frédéric Sanchez"], roles=[("Sanchez, [président] de la Métropole", "Métropole Rouen-Normandie")]),
    P("Edouard Philippe", ["Edouard Philippe"], roles=[("[maire] du Havre", None)]),
    P("Axelle Lemaire", [("Axelle Lemaire", 1), "Mme Lemaire", ("Axelle Lemaire", 2)],
      roles=[("secrétaire d'Etat au Numérique", None)]),
    P("Frédéric Montagnon", ["Frédéric Montagnon"]),

    O("Normandy French Tech", "other", ["Normandy French Tech"]),
    O("Caen-la-Mer", "public_body", ["Caen-la-Mer"]),
    O("Métropole Rouen-Normandie", "public_body", ["Métropole Rouen-Normandie"]),
    O("Bpifrance", "public_body", ["Bpifrance"]),
    O("Business France", "public_body", ["Business France"]),

    L("Caen", ["candidature de [Caen]", "maire de [Caen]", "Havre, [Caen] et"]),
    L("Le Havre", [("Le Havre", 1), "maire du [Havre]", ("Le Havre", 2)]),
    L("Rouen", ["Havre et [Rouen], regroupée", "Caen et [Rouen] qui"]),
    L("Normandie", ["La [Normandie] figure", "dont la [Normandie] est"]),
    L("New-York", ["New-York", ("New York", 1), ("New York", 2)]),
    L("France", [("France", 1), ("France", 3)]),
    L("Aix-Marseille", ["Aix-Marseille"]),
    L("Bordeaux", ["Bordeaux"]),
    L("Grenoble", ["Grenoble"]),
    L("Lille", ["Lille"]),
    L("Lyon", ["Lyon"]),
    L("Nantes", ["Nantes"]),
    L("Montpellier", ["Montpellier"]),
    L("Rennes", ["Rennes"]),
    L("Toulouse", ["Toulouse"]),

    D("nuit dernière", None, relative=True),
    D("en [novembre]", "XXXX-11"),
]
UNANNOTATED = []
