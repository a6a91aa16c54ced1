# pt804 — le-tout-lyon.fr, Lyon/Saint-Etienne industrial seed fund gets Allianz France and L'Auxiliaire (2023)
BODY_START = None
BODY_END = None
ML = "Métropole de Lyon"
AUX = "L’Auxiliaire"
AF = "Allianz France"

RECORDS = [
    P("Bruno Bernard", ["Bruno Bernard"], roles=[("Bernard, [président] de la", ML)]),
    P("Jérémie Garrot", ["Jérémie Garrot"], roles=[("directeur général adjoint", AUX)]),
    P("Matthias Seewald", ["Matthias Seewald"], roles=[("directeur des investissements", AF)]),

    O(ML, "public_body", ["Métropoles de Lyon", ML]),
    O("Saint-Etienne", "public_body", ["Lyon et de [Saint-Etienne] annonçaient"]),   # "les Métropoles de Lyon et de Saint-Etienne": the second métropole, acting
    O("Demeter investment managers", "company", ["Demeter investment managers"]),
    O(AF, "company", [(AF, 1), (AF, 2)]),
    O(AUX, "company", [(AUX, 1), (AUX, 2)]),

    L("Lyon", ["territoires de [Lyon]"]),
    L("Saint-Etienne", ["Lyon et de [Saint-Etienne] disposent"]),

    D("mai 2021", "2021-05"),
    A("67 millions d'euros", 67000000),           # raised by the (unnamed) fund from unnamed partners
    A("60 millions d'euros", 60000000),
    A("15 millions d'euros", 15000000, by=[AF, AUX]),   # the new subscribers, named below
    A("80 millions d'euros", 80000000),
    D("été 2023", "2023-SU"),
    A("hauteur de [10 millions]", 10000000, by=[AF]),   # "respectivement": context currency
    A("5 millions d'euros", 5000000, by=[AUX]),
    D("investissements en [2023]", "2023"),
]

UNANNOTATED = []
