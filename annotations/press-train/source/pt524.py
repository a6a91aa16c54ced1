BODY_START = None
BODY_END = "Lire aussi"   # related link; the line after it has no mention

SEM = "Saint-Etienne Métropole"
RECORDS = [
    P("Gaël Perdriau", ["Gaël Perdriau"], roles=[(None, SEM)]),   # "son arrivée à la tête de"
    P("Bernard Laget", ["Bernard Laget"],
      roles=[("Laget, [vice-président] de Saint-Etienne", SEM)]),

    O(SEM, "public_body", [("Saint-Etienne Métropole", 1), "Saint-Etienne métropole",
                           ("Saint-Etienne Métropole", 2), ("Saint-Etienne Métropole", 3)]),

    A("20 M€", 20000000),
    A("un million d'euros", 1000000, qualifier="about", by=[SEM]),
    A("10 à 20 millions d'euros", 10000000, value_max=20000000),

    D("courant [2018]", "2018"),
    D("1er janvier", "XXXX-01-01"),
]

UNANNOTATED = []
