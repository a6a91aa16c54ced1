# pt622 — destimed.fr, Aix-Marseille 2.0 takes over the French Tech label (2018)
BODY_END = None

RECORDS = [
    P("Jean-Claude Gaudin", ["Jean-Claude Gaudin"],
      roles=[("Gaudin, [maire] de", None),                     # "de Marseille": a place
             ("Marseille, [président] de", "Aix-Marseille Provence")]),
    P("Dominique Tian", ["Dominique Tian"], roles=[("élus", None)]),
    P("Didier Parakian", ["Didier Parakian"], roles=[("élus", None)]),
    P("Jean-Luc Chauvin", ["Jean-Luc Chauvin"], roles=[("le [Président] de la CCI", "CCI Marseille Provence")]),
    P("Pascal Lorne", [("Pascal Lorne", 1), ("Pascal Lorne", 2)],
      roles=[("qui [préside] le collectif", "Aix-Marseille 2.0", "président"),
             ("fondateur", "GoJob")]),
    P("Bertrand Bigay", ["Bertrand Bigay"], roles=[("cofondateur", "P Factory")]),

    O("Aix-Marseille 2.0", "other", ["Aix-Marseille 2.0"]),
    O("Aix-Marseille Provence", "public_body", ["métropole [Aix-Marseille Provence]"]),
    O("CCI Marseille Provence", "public_body", ["CCI Marseille Provence"]),
    O("Medinsoft", "other", ["Medinsoft"]),
    O("GoJob", "company", ["GoJob"]),
    O("P Factory", "other", ["P Factory"]),

    L("Criée", ["Criée"]),
    L("Marseille", ["maire de [Marseille]", "aider [Marseille]"]),
    L("Europe", ["Europe"]),
    L("Afrique", ["Afrique"]),

    A("290 M€", 290000000),
    A("1,78Mds €", 1780000000),   # cumulated turnover: no link

    D("22 mars 2018", "2018-03-22"),          # publication stamp
    D("29 octobre 2022", "2022-10-29"),       # update stamp
    D("1er avril", "XXXX-04-01"),
]

UNANNOTATED = [
    ("Marseille", 2, "inside the label name Aix-Marseille French Tech (\"portera le label\"): a label, not an organization"),
]
