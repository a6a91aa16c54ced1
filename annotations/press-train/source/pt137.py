# Tendance Ouest 2015: Normandy obtains the French Tech label.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Frédéric Sanchez", ["Frédéric Sanchez"], roles=[("Sanchez, [président] de la Métropole", "Métropole Rouen Normandie")]),
    P("Edouard Philippe", ["Edouard Philippe"], roles=[("Philippe, [président] de la CODAH", "CODAH")]),
    P("Joël Bruneau", ["Joël Bruneau"], roles=[("([président] de Caen-la-Mer", "Caen-la-Mer")]),

    O("Métropole Rouen Normandie", "public_body", [("Métropole Rouen Normandie", 1), ("Métropole Rouen Normandie", 2)]),
    O("Normandy Tech 40", "association", ["Normandy Tech 40"]),
    O("Bunkr", "company", ["Bunkr"]),
    O("CODAH", "public_body", ["CODAH"]),
    O("Caen-la-Mer", "public_body", ["Caen-la-Mer"]),

    L("Le Havre", ["agglomérations du [Havre]", ("Le Havre", 1), ("Le Havre", 2)]),
    L("Caen", ["et de [Caen], soutenues", "Havre, [Caen] et"]),
    L("Rouen", ["Festival à [Rouen]", "Caen et [Rouen]"]),
    L("Normandie", ["pôles de [Normandie]"]),

    D("mars dernier", None, relative=True),
    D("Trois mois plus tard", None, relative=True),
]
UNANNOTATED = []
