# pt353 — latribune.fr, Bretagne, Épopée Gestion launches the endowment fund Épopée Villae (2023)
BODY_START = "Conçu pour"   # " date 2023-02 " is the page store's prefix
BODY_END = None

RECORDS = [
    P("Ronan Le Moal", ["Ronan Le Moal"],
      roles=[("[co-fondée] en 2020", "Épopée Gestion", "co-fondateur"),
             ("[ex-DG] du Crédit", "Crédit Mutuel Arkéa")]),
    P("Charles Cabillic", ["Charles Cabillic"],
      roles=[("[co-fondée] en 2020", "Épopée Gestion", "co-fondateur")]),   # "co-fondée … par X et l'entrepreneur Y"
    P("Gaëlle Trébaol", ["Gaëlle Trébaol"],
      roles=[("[responsable] d'Épopée", "Épopée Villae")]),

    O("Épopée Gestion", "other", [("Épopée Gestion", 1), ("Épopée Gestion", 2)]),  # §16 kind (was company)
    O("Trecobat", "company", ["Trecobat"]),
    O("Crédit Agricole", "company", ["Crédit Agricole"]),
    O("Crédit Mutuel Arkéa", "company", ["Crédit Mutuel Arkéa"]),
    O("Épopée Villae", "other", [("Épopée Villae", 1), ("Épopée Villae", 2), ("Épopée Villae", 3)]),
    O("Ti Menez Are", "other", ["Ti Menez Are"]),

    L("Grand Ouest", ["Grand Ouest"]),
    L("Normandie", ["Normandie"]),
    L("Nouvelle Aquitaine", ["Nouvelle Aquitaine"]),
    L("Gâvres", ["Gâvres"]),
    L("Brasparts", [("Brasparts", 1), ("Brasparts", 2)]),
    L("Monts d'Arrée", ["Monts d'Arrée"]),
    L("Finistère", ["Finistère"]),

    A("100 millions d'euros", 100000000, by=["Épopée Gestion"]),

    D("en [2022]", "2022"),
    D("en [2020]", "2020"),
]

UNANNOTATED = []
