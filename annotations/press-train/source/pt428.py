# pt428 — la1ere.francetvinfo.fr (2017), a Village by CA in Fort-de-France.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Fort-de-France", [("Fort-de-France", 1), ("Fort-de-France", 2), ("Fort-de-France", 3)]),
    D("[fin 2017]", "2017", mod="END"),
    P("William Montout", ["William Montout"]),  # "créateur d'une application": a product, no organization
    L("village by CA", [("village by CA", 1), ("village by CA", 2)]),  # §16: "doit être inauguré", "le projet": a planned venue, no organization (as pt460)
    D("à la [fin de l'année]", None, mod="END", relative=True),
    O("Crédit Agricole", "company", ["Crédit Agricole"]),
    O("Chambre de Commerce et d'Industrie de Martinique", "public_body",
      ["CCIM", "Chambre de Commerce et d'Industrie de Martinique"], aliases=["CCIM"]),
    O("Technopôle de la Cacem", "other", ["Technopôle de la Cacem"]),
    P("Patrick Pastour", [("Patrick Pastour", 1), ("Patrick Pastour", 2)],
      roles=[]),  # §16: "son promoteur" (of the project): an agent noun, no title
    D("en [juin]", "XXXX-06"),
    L("Hexagone", ["Hexagone"]),
    L("Paris", ["Paris"]),
    L("Martinique", ["en [Martinique]"]),
]

UNANNOTATED = []
