# Hand annotations of corpus/h03_toulouse_cluster_drones.txt ("Toulouse : le
# cluster Digital Garonne veut fédérer la filière des drones"). Read by
# tests/heldout/build.py. Curly apostrophes, plain spaces. No chrome.
BODY_END = None

RECORDS = [
    # --- persons ---
    # "Sa présidente, Hélène Marty" right after the cluster's paragraph;
    # "dirige par ailleurs la PME AéroVision 31": a verb, no role
    P("Hélène Marty", ["Hélène Marty", "Mme Marty"],
      roles=[("présidente", "Digital Garonne")]),
    # two roles in one phrase: "vice-président du cluster et fondateur de Skyloop"
    P("Pierre-Yves Castan", ["Pierre-Yves Castan"],
      roles=[("vice-président", "Digital Garonne"), ("fondateur", "Skyloop")]),
    P("Franck Delmas", ["Franck Delmas"],
      roles=[("directeur", "Agence régionale pour l'innovation numérique")]),
    # title before the name, no ministry named
    P("Corinne Vasseur", ["Corinne Vasseur"], roles=[("ministre", None)]),

    # --- organizations ---
    O("Digital Garonne", "association",
      [("Digital Garonne", 1), ("Digital Garonne", 2), ("Digital Garonne", 3),
       ("Digital Garonne", 4)],
      aliases=["cluster Digital Garonne"]),
    O("Airbus", "company", ["Airbus"]),
    O("Thales Alenia Space", "company", ["Thales Alenia Space"]),
    O("AéroVision 31", "company", ["AéroVision 31"]),
    O("Skyloop", "company", [("Skyloop", 1), ("Skyloop", 2)]),
    O("conseil régional de Midi-Pyrénées", "public_body", ["conseil régional de Midi-Pyrénées"]),
    # acronym in parentheses after the full name: a second mention, and an alias
    O("Agence régionale pour l'innovation numérique", "public_body",
      ["Agence régionale pour l'innovation numérique", ("ARIN", 1), ("ARIN", 2)],
      aliases=["ARIN"]),
    O("Bpifrance", "public_body", ["Bpifrance"]),
    O("Garonne Invest", "company", ["le fonds toulousain [Garonne Invest]"]),
    O("Réseau Ferré de France", "public_body", ["Réseau Ferré de France"]),
    O("Toulouse Tech Club", "association", ["Toulouse Tech Club"]),
    O("Université Toulouse III - Paul Sabatier", "education_research",
      ["Université Toulouse III - Paul Sabatier"], aliases=["Université Paul Sabatier"]),
    O("ONERA", "education_research", ["ONERA"]),
    # "salon UAV Show": an event, no record

    # --- amounts ---
    A("2,4 millions d'euros", 2_400_000, to="Digital Garonne", by=["conseil régional de Midi-Pyrénées"]),
    A("plus de [10 millions d'euros]", 10_000_000, qualifier="over"),
    # "un tour de table de 4 millions, dont 1,5 million d'euros": EUR from the sentence
    A("tour de table de [4 millions]", 4_000_000, to="Skyloop", by=["Bpifrance", "Garonne Invest"]),
    A("1,5 million d'euros", 1_500_000, to="Skyloop", by=["Bpifrance"]),
    A("20 000 euros", 20_000, by=["Digital Garonne"]),

    # --- member counts ---
    M("une soixantaine d'entreprises membres", "Digital Garonne", 60, "entreprises membres",
      qualifier="about"),
    M("300 membres", "Toulouse Tech Club", 300, "membres"),   # "le Toulouse Tech Club et ses 300 membres"
    # Not counts: "emploie 45 salariés", "Vingt de ses membres exposeront", "120 m²"

    # --- dates ---
    D("3 juillet 2015", "2015-07-03"),
    D("2015-2018", "2015", value_end="2018"),
    D("Né en [2011]", "2011"),
    D("novembre dernier", None, relative=True),   # "versée sur trois ans": a duration
    D("début 2015", "2015", mod="START"),
    D("fin 2014", "2014", mod="END"),
    D("janvier 2015", "2015-01"),
    D("fixée en [2012]", "2012"),
    D("en [septembre]", "XXXX-09"),
    D("Il y a dix ans", None, relative=True),
    D("printemps 2016", "2016-SP"),
]

UNANNOTATED = []
