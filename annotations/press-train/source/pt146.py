# La Tribune Objectif Languedoc-Roussillon 2023: ten years of French Tech Méditerranée.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Nordine El Ouachmi", ["Nordine El Ouachmi"],
      roles=[("CEO", "Bureaux&CO"), ("[président] de la French", "French Tech Méditerranée")]),
    P("Katia Vidic", [("Katia Vidic", 1), ("Katia Vidic", 2)], roles=[("cofondatrice", "Nelis")]),
    P("Fleur Pellerin", [("Fleur Pellerin", 1), ("Fleur Pellerin", 2)],
      roles=[("ministre chargée de l'Economie numérique", None)]),

    O("Bureaux&CO", "company", ["Bureaux&CO"]),
    O("French Tech Méditerranée", "other", ["French Tech Méditerranée"]),
    O("Nelis", "company", ["Nelis"]),

    L("Montpellier", [("Montpellier", 1), ("Montpellier", 3), ("Montpellier", 4)]),
    L("France", ["France"]),
    L("Musée Fabre de Montpellier", ["Musée Fabre de Montpellier"]),

    D("janvier 2023", "2023-01"),
    D("10 octobre", "XXXX-10-10"),
    D("dès [2013]", "2013"),
    D("Avant [2013]", "2013"),
    A("un million d'euros", 1000000, qualifier="over"),
    D("en [2014]", "2014"),
    D("en [2018]", "2018"),
]
UNANNOTATED = []
