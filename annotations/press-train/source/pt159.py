# France 3 Centre-Val de Loire 2015: the French Tech label is refused to Tours and Orléans.
BODY_START = None
BODY_END = "Tous les jours, recevez"  # newsletter box

RECORDS = [
    P("François Hollande", ["François Hollande"]),
    P("Rebecca Benbourek", ["Rebecca Benbourek"]),  # report byline
    P("Grégoire Grichois", ["Grégoire Grichois"]),

    O("AgglO", "public_body", ["AgglO"]),
    O("Tours(s)plus", "public_body", ["Tours(s)plus"]),
    O("French Tech Loire Valley", "other", ["French Tech Loire Valley"]),
    O("Bercy", "public_body", ["Bercy"]),

    L("Tours", ["villes de [Tours]", "mobilisation de [Tours]", "et de [Tours]", "Orléans et [Tours]"]),
    L("Orléans", [("Orléans", n) for n in range(1, 5)]),
    L("Centre-Val de Loire", [("Centre-Val de Loire", 1), ("Centre-Val de Loire", 2)]),
    L("Loiret", ["Loiret"]),
    L("Indre-et-Loire", ["Indre-et-Loire"]),
    L("Brest", ["Brest"]),
    L("Caen", ["Caen"]),
    L("Rouen", ["Rouen"]),
    L("Le Havre", ["le [Havre]"]),
    L("Nice", ["Nice"]),
    L("Lyon", ["Lyon"]),
    L("Nantes", ["Nantes"]),
    L("Aix-Marseille", ["Aix-Marseille"]),
    L("Touraine", ["Touraine"]),
    L("Pays de la Loire", ["Pays de la Loire"]),
    L("Loire Valley", ["pour la [Loire Valley]"]),

    D("jeudi matin", None, relative=True),
    D("12 juin", "XXXX-06-12"),
]
UNANNOTATED = []
