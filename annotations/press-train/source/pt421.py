# pt421 — digitalmcd.com (2020), Corsican makers and the Université de Corse fablab.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Corse", ["makers de [Corse]"]),
    P("Vannina Bernard-Léoni", ["Vannina Bernard-Léoni"],
      roles=[(None, "Université de Corse"),  # "à la tête du pôle Innovation et Développement de l'Université de Corse"
             ("[Référente] sur son territoire", "Réseau Français des Fablabs"),
             ("[responsable du pôle Innovation et développement]", "Université de Corse")]),
    O("Université de Corse", "education_research", [("Université de Corse", 1), ("Université de Corse", 2)]),
    L("Corte", [("Corte", 1), ("Corte", 2), ("Corte", 3), ("Corte", 4)]),
    O("Réseau Français des Fablabs", "other", ["Réseau Français des Fablabs"]),
    O("Fablab de Corti", "other", [("Fablab de Corti", 1), ("Fablab de Corti", 2)]),
    D("[il y a 5 ans]", None, relative=True),
    D("inauguré [début 2016]", "2016", mod="START"),
    L("Palazzu Naziunale", ["Palazzu Naziunale"]),
    L("Corse Indépendante", ["Corse Indépendante"]),
]

UNANNOTATED = []
