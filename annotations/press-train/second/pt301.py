# pt301 (second annotation, annotator 2): startups of Bourgogne-Franche-Comté and the "Meet my investor" day (2023).
BODY_START = "Le centralisme français"  # " date 2023-06 " is a store prefix
BODY_END = None

PMT = "PMT Propulseur"
RECORDS = [
    P("Renaud Gaudillère", ["Renaud Gaudillère"], roles=[("directeur général", PMT)]),

    O("EY", "company", ["EY"]),
    O(PMT, "other", [PMT, "PMT propulseur"]),
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

    L("Hauts-de-France", ["Hauts-de-France"]),
    L("Auvergne-Rhône-Alpes", ["Auvergne-Rhône-Alpes"]),
    L("France", ["capital-risque en [France]"]),
    L("Bourgogne-Franche-Comté", ["Bourgogne-Franche-Comté"]),
    L("Paris", [("Paris", 1), ("Paris", 2)]),
    L("Île-de-France", ["Île-de-France"]),
    L("Dijon", [("Dijon", 1), ("Dijon", 2)]),

    A("6 millions d'euros", 6000000),
    A("9.888 millions d'euros", 9888000000),

    D("L'[an passé]", None, relative=True),  # elided article outside (§8)
    D("en [2022]", "2022"),
]
UNANNOTATED = []
