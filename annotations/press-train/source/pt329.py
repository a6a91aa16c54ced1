# pt329 — actu365.com, Auvergne-Rhône-Alpes, Cédric O launches French Tech Rise in Grenoble (2021)
BODY_START = "Le secrétaire d’État"   # "Economie": section label
BODY_END = None
# "French Tech Rise": an operation (programme); "capitales French Tech": label; "Coupe de France": figure of speech.

RECORDS = [
    P("Cédric O", [("Cédric O", i) for i in range(1, 6)],
      roles=[("Le [secrétaire d’État] Cédric", None),
             ("secrétaire d’État chargé de la Transition numérique et des Communications électroniques", None)]),
    P("Romain Gentil", ["Romain Gentil"],
      roles=[("l’un des [cofondateurs] de Wizbii", "Wizbii"),
             ("[Président] de la French Tech dans", "French Tech in the Alps")]),

    O("French Tech in the Alps", "other", [("French Tech in the Alps", 1), ("French Tech in the Alps", 2)]),
    O("Wizbii", "company", ["Wizbii"]),

    L("Grenoble", [("Grenoble", 1), ("Grenoble", 2), ("Grenoble", 3)]),
    L("Totem", ["Totem"]),
    L("Paris", ["Paris"]),
    L("Annecy", ["Annecy"]),
    L("Chambéry", ["Chambéry"]),
    L("Valence-Romans", ["Valence-Romans"]),
    L("Genevois français", ["Genevois français"]),
    L("Sillon alpin", [("Sillon alpin", 1), ("Sillon alpin", 2)]),

    A("500 000 à 5 millions d’euros", 500000, value_max=5000000),
    D("Lundi, Septembre 6, 2021", "2021-09-06"),   # publication stamp
    D("2 septembre dernier", None, relative=True),
    D("novembre prochain", None, relative=True),
]

UNANNOTATED = []
