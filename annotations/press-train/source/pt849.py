# pt849 — creditagricole.info, vertical-farming start-up Futura Gaïa raises 11 M€ (2023)
BODY_START = None
BODY_END = None
FG = "Futura Gaïa"
CAL = "Crédit Agricole du Languedoc"
CAAP = "Crédit Agricole Alpes Provence"
INV = ["UI Investissement", "Sofilaro", "Région Sud Investissement", "Caap Création", "Occipac", "Elpis",
       "Banque des Territoires", "Abeille Impact Investing France", "Colam Impact", "InvESS’t PACA"]

RECORDS = [
    P("Alain François Raymond", ["Alain François Raymond"]),       # a private investor: not linked (§13)

    O(FG, "company", [(FG, 1), (FG, 2), (FG, 3)]),
    O(CAL, "company", [CAL, ("Caisse régionale du Languedoc", 1), ("Caisse régionale du Languedoc", 2),
                       "Caisses régionales du Languedoc"],
      aliases=["Caisse régionale du Languedoc"]),                    # "cliente historique" of both: one bank
    O("Sud Méditerranée", "company", [("Sud Méditerranée", 1), ("Sud Méditerranée", 2)]),   # the other caisse régionale, elliptical
    O("Sofilaro", "other", [("Sofilaro", 1), ("Sofilaro", 2)]),
    O("Caap Création", "company", [("Caap Création", 1), ("Caap Création", 2)]),   # "filiale"
    O(CAAP, "company", ["Création ([Alpes Provence])", CAAP], aliases=["Alpes Provence"]),
    O("UI Investissement", "other", ["UI Investissement"]),
    O("Région Sud Investissement", "other", ["Région Sud Investissement"]),
    O("Occipac", "other", ["Occipac"]),
    O("Elpis", "other", ["Elpis"]),
    O("Banque des Territoires", "public_body", ["Banque des Territoires"]),
    O("Abeille Impact Investing France", "other", ["Abeille Impact Investing France"]),
    O("Colam Impact", "other", ["Colam Impact"]),
    O("InvESS’t PACA", "other", ["InvESS’t PACA"]),

    L("Rodilhan", ["Rodilhan"]),
    L("Gard", ["Gard"]),
    L("Tarascon", ["Tarascon"]),
    L("Bouches du Rhône", ["Bouches du Rhône"]),

    A("11 millions d’euros", 11000000, to=FG, by=INV),
    D(("2020", 1), "2020"),
    D("Créée en [2019]", "2019"),
    A("11 M€", 11000000, to=FG, by=INV),
    D(("2020", 2), "2020"),
    A("2,5 M€", 2500000, to=FG, by=["Sofilaro", "Caap Création"]),   # "actionnaires ... depuis la première levée de fonds en 2020"
]

UNANNOTATED = []
