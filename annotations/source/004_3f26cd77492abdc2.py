# Hand annotations of corpus/004_3f26cd77492abdc2.txt ("French Tech
# Aix-Marseille, premier bilan un an après la labellisation"). Read by
# annotations/build.py, which provides P, O, A, M, D. Locators: see build.py
# and GUIDELINES.md.

# The title line appears twice (lines 1 and 3); both are body. Everything from
# "Commentaires" on (subscription chrome and reader comments) is out of scope.
BODY_END = "Commentaires\n"

RECORDS = [
    # --- persons ---
    P("Emmanuel Macron", [("Emmanuel Macron", 1), ("Emmanuel Macron", 2), ("Emmanuel Macron", 3)],
      roles=[("ministre de l'Économie", None)]),
    P("Axelle Lemaire", ["Axelle Lemaire"],
      roles=[("secrétaire d'Etat chargée du numérique", None)]),
    P("Stéphane Soto", [("Stéphane Soto", 1), ("Stéphane Soto", 2)],
      roles=[("directeur général", "Aix-Marseille French Tech"), ("patron", "Medinsoft")]),
    P("Kevin Polizzi", [("Kevin Polizzi", 1), ("Kevin Polizzi", 2)],
      roles=[("patron", "Jaguar Network")]),
    P("Daniel Sperling", ["Daniel Sperling"],
      roles=[("Chargé du dossier", "ville de Marseille")]),
    P("Stéphane Paoli", ["Stéphane Paoli"],
      roles=[("adjoint au numérique", "ville d'Aix-en-Provence")]),
    P("Frédéric Chevalier", ["Frédéric Chevalier"],
      roles=[("actionnaire", "RAJ médias")]),

    # --- organizations ---
    # The body that carries the label: every ordering of its name and the
    # acronym AMFT are mentions; bare "la French Tech" (the national label or
    # initiative) is not.
    O("Aix-Marseille French Tech", "other",
      [("French Tech Aix-Marseille", 1), "Aix Marseille French Tech", ("French Tech Aix-Marseille", 2),
       ("Aix-Marseille French Tech", 1), ("Aix-Marseille French Tech", 2),
       ("French Tech Aix-Marseille", 3), "AMFT"],
      aliases=["French Tech Aix-Marseille", "AMFT"]),
    O("ministère de l'Économie numérique", "public_body", ["ministère de l'Économie numérique"]),
    # a named site that acts (it funds the trip), hence an organization
    O("technopôle de l'Arbois", "other",
      [("technopôle de l'Arbois", 1), ("technopôle de l'Arbois", 2)]),
    O("communauté du Pays d'Aix", "public_body",
      ["communauté du Pays d'Aix", "communauté du pays d'Aix"]),
    O("ville d'Aix-en-Provence", "public_body", ["ville d'Aix-en-Provence", "Ville d'Aix"],
      aliases=["ville d'Aix"]),
    O("ville de Marseille", "public_body", [("ville de Marseille", 1), ("ville de Marseille", 2)]),
    O("communauté urbaine de Marseille", "public_body", ["communauté urbaine de Marseille"]),
    O("Medinsoft", "association",
      [("Medinsoft", 1), ("Medinsoft", 2), ("Medinsoft", 3), ("Medinsoft", 4), ("Medinsoft", 5)]),
    # Rennes: the association and the label-bearing body it became are both
    # named; like Medinsoft / Aix-Marseille French Tech they get one record each.
    O("Cantine numérique", "association", ["la [Cantine numérique]"]),
    O("French Tech Rennes", "association", ["French Tech Rennes"]),
    O("Jaguar Network", "company", [("Jaguar Network", 1), ("Jaguar Network", 2)]),
    O("Voyage Privé", "company", ["Voyage Privé"]),
    O("Net Angels", "other", ["Net Angels"]),  # "accélérateurs financiers"
    O("PFactory", "other", ["PFactory"]),
    O("Banque publique d'investissement", "public_body", ["Banque publique d'investissement"]),
    O("Caisse des dépôts et des consignations", "public_body",
      ["Caisse des dépôts et des consignations"],
      aliases=["Caisse des dépôts", "Caisse des dépôts et consignations"]),
    O("Vinci", "company", ["Vinci"]),
    O("CMA-CGM", "company", ["CMA-CGM"]),
    O("Sodexo", "company", ["Sodexo"]),
    O("Crédit agricole", "company", ["Crédit agricole"]),
    O("RAJ médias", "media", ["RAJ médias"]),
    O("Marsactu", "media", ["Marsactu"]),

    # --- amounts ---
    A("130 000 euros", 130_000, by=["technopôle de l'Arbois", "communauté du Pays d'Aix"]),
    A("200 000 euros", 200_000, to="Medinsoft"),
    A("50 000 euros", 50_000, to="Medinsoft"),
    # no currency written: "70 millions du budget global" takes EUR from the
    # amounts of the same passage ("34 millions d'euros" in the next sentence)
    A("70 millions", 70_000_000),
    A("34 millions d'euros", 34_000_000),
    A("41 millions d'euros", 41_000_000),
    A("19 millions d'euros", 19_000_000),

    # --- member counts ---
    M("400 entreprises membres", "Medinsoft", 400, "entreprises membres"),

    # --- dates ---
    D("depuis [novembre 2014]", "2014-11"),
    D("Il y a deux semaines", None, relative=True),
    D("numérique en [novembre 2014]", "2014-11"),
    D("février dernier", None, relative=True),
    D("créée en [2003]", "2003"),
    D("Pour [2016]", "2016"),
    D("attendre [2017]", "2017"),
    D("printemps 2017", "2017-SP"),
]

UNANNOTATED = []
