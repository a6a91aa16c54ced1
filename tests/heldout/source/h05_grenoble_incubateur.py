# Hand annotations of corpus/h05_grenoble_incubateur.txt ("Grenoble :
# l'incubateur Belledonne Lab veut sortir les technologies des laboratoires").
# Read by tests/heldout/build.py. Straight apostrophes, no-break spaces. No chrome.
BODY_END = None

RECORDS = [
    # --- persons ---
    # inverted, through anaphora: "le directeur de l'incubateur, Olivier Sautel";
    # "passé par la direction de la recherche de STMicroelectronics": no title noun
    P("Olivier Sautel", ["Olivier Sautel"], roles=[("directeur", "Belledonne Lab")]),
    # "Sa présidente, Julie Arnaud, fondatrice de la société Wattix" (Sa = Isère Startups)
    P("Julie Arnaud", ["Julie Arnaud"],
      roles=[("présidente", "Isère Startups"), ("fondatrice", "Wattix")]),
    P("Denis Roche", ["Denis Roche"], roles=[("président", "CCI de Grenoble")]),
    # "a elle-même cofondé deux entreprises": a verb, no role
    P("Karine Blanc", ["Karine Blanc"],
      roles=[("responsable des partenariats", "Belledonne Lab")]),

    # --- organizations ---
    O("Belledonne Lab", "other",
      [("Belledonne Lab", 1), ("Belledonne Lab", 2), ("Belledonne Lab", 3), ("Belledonne Lab", 4)]),
    # list "la CCI de Grenoble, le CNRS et l'Université Grenoble Alpes"; later
    # "la chambre consulaire", "La chambre": common-noun anaphora
    O("CCI de Grenoble", "public_body", [("CCI de Grenoble", 1), ("CCI de Grenoble", 2)]),
    O("CNRS", "education_research", [("CNRS", 1), ("CNRS", 2), ("CNRS", 3)]),
    O("Université Grenoble Alpes", "education_research",
      [("Université Grenoble Alpes", 1), ("Université Grenoble Alpes", 2)]),
    O("Schneider Electric", "company", ["Schneider Electric"]),
    O("communauté d'agglomération du Pays voironnais", "public_body",
      ["communauté d'agglomération du Pays voironnais"], aliases=["Pays voironnais"]),
    O("STMicroelectronics", "company", ["STMicroelectronics"]),
    O("Isère Startups", "association", ["Isère Startups"]),
    O("Wattix", "company", [("Wattix", 1), ("Wattix", 2)]),
    O("Alpes Amorçage", "company", ["le fonds régional [Alpes Amorçage]"]),

    # --- amounts ---
    A("350 000 euros", 350_000, to="Belledonne Lab", by=["communauté d'agglomération du Pays voironnais"]),
    A("200 000 €", 200_000, to="Belledonne Lab", by=["CCI de Grenoble"]),
    A("25 000 euros", 25_000),
    A("2 millions d'euros", 2_000_000, to="Wattix"),
    A("12 millions d'euros", 12_000_000),
    A("environ [900 000 euros]", 900_000, qualifier="about", by=["Alpes Amorçage"]),
    A("moins de [500 000 euros]", 500_000, qualifier="under"),
    # Not amounts: "1 800 m²", "300 emplois"

    # --- member counts ---
    # "Elle [Isère Startups] réunit aujourd'hui près de 200 start-up adhérentes";
    # not counts: "douze projets par an", "cinquante salariés", "une trentaine d'entreprises"
    M("près de [200 start-up adhérentes]", "Isère Startups", 200, "start-up adhérentes",
      qualifier="about"),

    # --- dates ---
    D("9 février 2016", "2016-02-09"),        # "pendant six mois", "par an": no record
    D("Depuis [2011]", "2011"),
    D("années 1990", "199X"),
    D("en [2015]", "2015"),
    D("d'ici 3 ans", None, relative=True),
    D("fin 2015", "2015", mod="END"),
    D("4 mars", "XXXX-03-04"),
    D("fin des années 2000", "200X", mod="END"),
]

UNANNOTATED = []
