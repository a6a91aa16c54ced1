# pt910 — beaboss.fr, the young business leaders' movement (CJD) elects its next president; his earlier posts (2008)
BODY_START = None
BODY_END = None
CJD = "Centre des jeunes dirigeants"
SA = "section Artois"       # one of the movement's "associations locales (ou sections)"

RECORDS = [
    O(CJD, "association", [("CJD", i) for i in range(1, 3)] + [CJD] + [("CJD", i) for i in range(3, 8)],
      aliases=["CJD"]),
    P("Gontran Lejeune", [("Gontran Lejeune", 1), ("Gontran Lejeune", 2)],
      roles=[("élu son futur [président]", CJD),
             ("par le futur [président] de ce mouvement", CJD),
             (None, "Lejeune"),                                   # "codirigeant ... la SARL Lejeune"
             ("[membre du bureau] de la section", SA),
             ("il devient le [président]", SA),
             ("[Responsable de la mission «Influence et notoriété»]", CJD)]),
    D("en [juin prochain].\nRéconcilier", None, relative=True),
    D("né en [1938]", "1938"),
    M("rassemble aujourd'hui [3 000 chefs d'entreprise et cadres dirigeants]", CJD, 3000, "chefs d'entreprise et cadres dirigeants"),
    P("Thomas Chaudron", ["Thomas Chaudron"], roles=[("l'actuel [président], Thomas", CJD)]),
    D("Chaudron, en [juin prochain]", None, relative=True),
    O("Lejeune", "company", ["la SARL [Lejeune]"]),
    D("depuis [1999]", "1999"),
    O(SA, "association", [SA]),
    D("le président en [2001]", "2001"),
    L("Nord-Pas-de-Calais", ["Nord-Pas-de-Calais"]),
    D("en [2003]", "2003"),
    D("Depuis [2005]", "2005"),
    D("Route du Rhum [2006]", "2006"),
    L("Bordeaux", ["Bordeaux"]),
    D("[19, 20 et 21 juin]", "XXXX-06-19", value_end="XXXX-06-21"),
    L("Tunisie", ["en [Tunisie]"]),
    O("CJD Tunisie", "association", ["CJD Tunisie"]),
    D("en [1998]", "1998"),
    L("Maroc", ["au [Maroc]"]),
    O("CJD Maroc", "association", ["CJD Maroc"]),
    D("CJD Maroc en [2001]", "2001"),
    L("Australie", ["Australie"]), L("Canada", ["Canada"]), L("Chili", ["Chili"]), L("Chine", ["Chine"]),
    L("Finlande", ["Finlande"]), L("GrandeBretagne", ["GrandeBretagne"]), L("Pologne", ["Pologne"]),
    L("Espagne", ["Espagne"]), L("Suède", ["Suède"]), L("Etats-Unis", ["Etats-Unis"]), L("Chicago", ["Chicago"]),
    L("New York", ["New York"]), L("San Francisco", ["San Francisco"]), L("Vietnam", ["Vietnam"]),
    D("pour [2008]", "2008"),
    L("Québec", ["Québec"]),
    L("République tchèque", ["République tchèque"]),
]
UNANNOTATED = [
    ("CJD", 10, "«Deux nouveaux CJD prévus»: planned national movements, a common-noun use, not this organization"),
]
