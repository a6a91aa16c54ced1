# Hand annotations of corpus/u03_montpellier_vignalys.txt (business weekly:
# Vignalys prepares a 3-4 M EUR round, Montpellier). Read by tests/unseen/build.py.

BODY_END = None  # no chrome

RECORDS = [
    # --- persons ---
    # "fondée par deux ingénieurs agronomes ... Claire Bousquet et Antoine
    # Ferrand": a verb and a profession, no role; the titles come later.
    P("Claire Bousquet", [("Claire Bousquet", 1), ("Claire Bousquet", 2), ("Claire Bousquet", 3)],
      roles=[("présidente", "Vignalys")]),
    P("Antoine Ferrand", [("Antoine Ferrand", 1), ("Antoine Ferrand", 2)],
      roles=[("directeur des opérations", "Vignalys")]),
    P("Frédéric Alazard", ["Frédéric Alazard"],
      roles=[("président", "Méditerranée Angels")]),  # "son président" (of the réseau)
    # "depuis la création du BIC ..., assure son directeur": the BIC
    P("Hervé Castan", ["Hervé Castan"],
      roles=[("directeur", "BIC de Montpellier Méditerranée Métropole")]),
    P("Sébastien Roux", ["Sébastien Roux"],
      roles=[("vice-président chargé de l'innovation", "Région Occitanie")]),

    # --- organizations ---
    O("Vignalys", "company",
      [("Vignalys", 1), ("Vignalys", 2), ("Vignalys", 3), ("Vignalys", 4)]),
    # maximal span: the Métropole's name inside the BIC's is not a second mention
    O("BIC de Montpellier Méditerranée Métropole", "other",
      ["BIC de Montpellier Méditerranée Métropole", "création du [BIC]"], aliases=["BIC"]),
    O("Montpellier SupAgro", "education_research", ["Montpellier SupAgro"]),
    O("Sofilaro", "company", ["Sofilaro"]),
    O("Crédit Agricole", "company", ["Crédit Agricole"]),
    O("Jeremie Languedoc-Roussillon", "other", ["Jeremie Languedoc-Roussillon"]),
    O("Méditerranée Angels", "association", ["Méditerranée Angels"]),
    O("Montpellier Méditerranée Métropole", "public_body", ["[Montpellier Méditerranée Métropole], qui"]),
    O("Inra", "education_research", ["Inra"]),
    O("Cirad", "education_research", ["Cirad"]),
    O("Agrimed Innovation", "association", ["Agrimed Innovation"]),
    # "La Région Occitanie" opens a sentence: the capital La is not part of the name
    O("Région Occitanie", "public_body", [("Région Occitanie", 1), ("Région Occitanie", 2)]),

    # --- amounts ---
    A("3 à 4 millions d'euros", 3_000_000, value_max=4_000_000, to="Vignalys", by=["Sofilaro", "Jeremie Languedoc-Roussillon"]),
    A("750 000 euros", 750_000, to="Vignalys", by=["Sofilaro", "Jeremie Languedoc-Roussillon"]),
    A("1,1 million d'euros", 1_100_000),
    A("entre [3 et 4 millions d'euros]", 3_000_000, value_max=4_000_000, to="Vignalys", by=["Sofilaro", "Jeremie Languedoc-Roussillon"]),
    A("autour de [30 000 euros]", 30_000, qualifier="about"),
    A("90 000 euros", 90_000, to="Vignalys", by=["Montpellier Méditerranée Métropole"]),
    A("5 millions d'euros", 5_000_000),
    # not amounts: "plusieurs milliards" (no number)

    # --- member counts ---
    M("85 membres actifs", "Méditerranée Angels", 85, "membres actifs"),
    M("près de [300 adhérents]", "Agrimed Innovation", 300, "adhérents", qualifier="about"),
    # not counts: "22 collaborateurs", "50 salariés" (staff), "600 projets", "4 000 hectares"

    # --- dates ---
    D("depuis [2013]", "2013"),
    D("été 2014", "2014-SU"),
    D("Pour Vignalys, [2016]", "2016"),
    D("affaires en [2015]", "2015"),
    D("l'[an dernier]", None, relative=True),
    D("septembre 2015", "2015-09"),
    D("d'ici l'[automne]", "XXXX-FA"),
    D("BIC en [1987]", "1987"),
    D("années 2000", "200X"),
    D("labellisée depuis [2014]", "2014"),
    D("1er janvier 2016", "2016-01-01"),
    D("de [2016 à 2021]", "2016", value_end="2021"),
    D("Il y a dix ans", None, relative=True),
    D("fin 2018", "2018", mod="END"),
]

UNANNOTATED = []
