# pt301 — latribune.fr, Bourgogne-Franche-Comté, "Meet my investor" in Dijon (2023)
BODY_START = "Le centralisme"   # " date 2023-06 " is the page store's prefix (chrome)
BODY_END = None

RECORDS = [
    P("Renaud Gaudillère", ["Renaud Gaudillère"],
      roles=[("[directeur général] du PMT", "PMT Propulseur")]),

    O("EY", "company", ["EY"]),
    O("PMT Propulseur", "other", ["PMT Propulseur", "PMT propulseur"]),
    O("Toaster lab", "other", ["Toaster lab"]),
    O("Les Docks Numériques", "other", ["Les Docks Numériques"]),
    O("Estimeo", "company", ["Estimeo"]),
    O("Financière Arbevel", "company", ["Financière Arbevel"]),
    O("Finovam", "company", ["Finovam"]),
    O("Hand Partners", "company", ["Hand Partners"]),
    O("High Flyers Capital", "company", ["High Flyers Capital"]),
    O("Made for All", "company", ["Made for All"]),
    O("Pléiade Venture", "company", ["Pléiade Venture"]),
    O("Tomcat Factory", "company", ["Tomcat Factory"]),
    O("Turenne santé", "company", ["Turenne santé"]),
    O("Femme Business Angels", "other", ["FBA", "Femme Business Angels"], aliases=["FBA"]),
    O("BFC Angels", "other", ["BFC Angels"]),

    L("France", ["risque en [France]"]),
    L("Hauts-de-France", ["Hauts-de-France"]),
    L("Auvergne-Rhône-Alpes", ["Auvergne-Rhône-Alpes"]),
    L("Bourgogne-Franche-Comté", ["Bourgogne-Franche-Comté"]),
    L("Paris", [("Paris", 1), ("Paris", 2)]),
    L("Île-de-France", ["Île-de-France"]),
    L("Dijon", [("Dijon", 1), ("Dijon", 2)]),

    A("6 millions d'euros", 6000000),
    A("9.888 millions d'euros", 9888000000),

    D("L'[an passé]", None, relative=True),
    D("en [2022]", "2022"),
]

UNANNOTATED = []
