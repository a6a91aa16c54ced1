# pt822 — forumeco.fr (Journal du Palais), Crédit Agricole de Champagne-Bourgogne's local innovation fund
BODY_START = None
BODY_END = None
CA = "Crédit Agricole de Champagne-Bourgogne"

RECORDS = [
    P("Isabelle Augrain", [("Isabelle Augrain", 1), ("Isabelle Augrain", 2)],
      roles=[("directrice des marchés particuliers et professionnels, du marketing, du multicanal et de l’innovation", CA)]),

    O(CA, "company", ["Crédit Agricole Champagne-Bourgogne", (CA, 1), (CA, 2), "Le [Crédit Agricole] s’appuie"],
      aliases=["Crédit Agricole Champagne-Bourgogne", "Crédit Agricole"]),
    O("Journal du Palais", "media", ["Journal du Palais"]),     # photo credit
    O("Village by CA", "other", ["Village by CA"]),

    L("France", ["France"]),
    L("Dijon", ["Dijon"]),
    L("Yonne", ["Yonne"]),
    L("Côte-d’Or", ["Côte-d’Or"]),
    L("Aube", ["Aube"]),
    L("Haute-Marne", ["Haute-Marne"]),

    A("cinq millions d’euros", 5000000),    # the bank's envelope for its own local fund: a budget, no link
    D("printemps 2018", "2018-SP"),
]

UNANNOTATED = []
