# Hand annotations of corpus/h02_lyon_accelerateur.txt ("A Lyon, l'accélérateur
# Rhône Boost mise sur les objets connectés"). Read by tests/heldout/build.py.
# Straight apostrophes and quotes, no no-break spaces. No chrome.
BODY_END = None

RECORDS = [
    # --- persons ---
    # "A la tête de Rhône Boost, Nadia Benali": no title noun; the title comes
    # from the unambiguous coreference "résume la directrice de Rhône Boost".
    P("Nadia Benali", ["Nadia Benali"], roles=[("directrice", "Rhône Boost")]),
    P("Marc Delorme", ["Marc Delorme"], roles=[("directeur", "INSA Lyon")]),
    P("Bertrand Lacombe", ["Bertrand Lacombe"], roles=[("patron", "Banque Rhône-Alpes")]),
    P("Julien Ferrand", ["Julien Ferrand"], roles=[("cofondateur", "Domotik.ly")]),
    # "Sa fondatrice, Inès Moreau, a quitté un poste d'ingénieure chez Schneider
    # Electric": a former job is still a role (GUIDELINES 4 drops "ancien", keeps the title)
    P("Inès Moreau", ["Inès Moreau"],
      roles=[("fondatrice", "Qalitea"), ("ingénieure", "Schneider Electric")]),
    # "directeur de l'innovation de SEB": the function's own complement stays in the title
    P("Philippe Garnier", ["Philippe Garnier"], roles=[("directeur de l'innovation", "SEB")]),

    # --- organizations ---
    O("Rhône Boost", "other",
      [("Rhône Boost", 1), ("Rhône Boost", 2), ("Rhône Boost", 3), ("Rhône Boost", 4),
       ("Rhône Boost", 5)]),
    O("SEB", "company", [("SEB", 1), ("SEB", 2), ("SEB", 3)], aliases=["groupe SEB"]),
    O("Banque Rhône-Alpes", "company", [("Banque Rhône-Alpes", 1), ("Banque Rhône-Alpes", 2)]),
    O("INSA Lyon", "education_research", [("INSA Lyon", 1), ("INSA Lyon", 2)]),
    O("Bpifrance", "public_body", ["Bpifrance"]),
    # "La Région Rhône-Alpes, qui a déjà versé": capital La from the sentence start only
    O("Région Rhône-Alpes", "public_body", ["La [Région Rhône-Alpes]"]),
    O("Domotik.ly", "company", [("Domotik.ly", 1), ("Domotik.ly", 2)]),
    O("Leroy Merlin", "company", ["Leroy Merlin"]),
    O("HomeSense Labs", "company", ["HomeSense Labs"]),
    O("Qalitea", "company", [("Qalitea", 1), ("Qalitea", 2)]),
    O("Schneider Electric", "company", ["Schneider Electric"]),
    # "la French Tech", "la Bourse French Tech": label and program, no record

    # --- amounts ---
    A("3 M€", 3_000_000, to="Rhône Boost", by=["SEB", "Banque Rhône-Alpes", "INSA Lyon"]),
    A("150 k€", 150_000),                    # "7 %": a share, no record
    # "Un fonds de 8 millions" (heading) and "doit atteindre 8 millions": no
    # currency written, EUR from the passage ("2,5 millions d'euros")
    A(("8 millions", 1), 8_000_000),
    A(("8 millions", 2), 8_000_000),
    A("2,5 millions d'euros", 2_500_000, by=["Bpifrance"]),
    A("400 000 euros", 400_000, to="Rhône Boost", by=["Région Rhône-Alpes"]),
    A("40 millions de dollars", 40_000_000, currency="USD", to="HomeSense Labs"),
    A("1 million d'euros", 1_000_000),
    A("30 000 euros", 30_000, to="Qalitea"),

    # --- member counts: none ("douze start-up" of a promotion, "une vingtaine
    # de chercheurs", "une cinquantaine d'entreprises" accompanied) ---

    # --- dates ---
    D("printemps 2016", "2016-SP"),
    D("années 2000", "200X"),
    D("entre [2012 et 2014]", "2012", value_end="2014"),
    D(("l'an dernier", 1), None, relative=True),
    D(("l'an dernier", 2), None, relative=True),
    D("en [2017]", "2017"),
    D("en [février]", "XXXX-02"),
    D("en [octobre]", "XXXX-10"),
    D("d'ici [2019]", "2019"),
    # Not dates: "six mois d'accompagnement", "deux ans d'avance", "A 34 ans",
    # "dans les prochains mois".
]

UNANNOTATED = []
