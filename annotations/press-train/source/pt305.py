# pt305 — objectifaquitaine.latribune.fr, Nouvelle-Aquitaine, Techno'Start seed fund (2021)
BODY_START = None
BODY_END = None
# "Lire aussi 3 mnWinetech …" is a related link inside the body: names only. "(Crédits : HL)": initials, no person.

RECORDS = [
    P("François Baffou", ["François Baffou"],
      roles=[("[directeur général] de Bordeaux", "Bordeaux Technowest"),
             ("[directeur général] de Bordeaux", "Techno’Start")]),   # "et du fonds adossé à la technopole"

    O("Bordeaux Technowest", "other", [("Bordeaux Technowest", i) for i in range(1, 7)]),
    O("Techno’Start", "other", [("Techno'Start", i) for i in range(1, 6)]),
    O("Caisse des dépôts", "public_body", ["Caisse des dépôts"]),
    O("Suez", "company", ["Suez"]),
    O("Airbus", "company", ["Airbus"]),
    O("CIC", "company", ["CIC"]),

    L("La Place", [("La Place", 1), ("La Place", 2)]),
    L("Bordeaux", [("à [Bordeaux], lieu", 1), ("à [Bordeaux], lieu", 2)]),
    L("Gironde", ["Gironde"]),

    A("un million d’euros", 1000000, by=["Techno’Start"]),
    A("23 millions d'euros", 23000000),
    A("400.000 euros", 400000),
    A("1,4 million d'euros", 1400000),

    D("Depuis [2004]", "2004"),
    D(("Depuis [2004]", 2), "2004"),
    D("remonte à [2012]", "2012"),
]

UNANNOTATED = []
