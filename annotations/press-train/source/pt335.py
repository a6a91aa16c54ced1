# pt335 — cci.corsica, Corse, portrait of the venture capital company Femu Quì
BODY_START = None
BODY_END = None
# "France 2030": a programme; "FIP": a kind of fund. "Corses": demonym.

RECORDS = [
    P("Edmond Simeoni", ["Edmond"]),   # "Edmond et Max Simeoni"
    P("Max Simeoni", ["Max Simeoni"]),
    P("François Alfonsi", ["François Alfonsi"]),
    P("Xavier Belgodère", ["Xavier Belgodère"]),
    P("Ghjuvan-Carlu Simeoni", ["Ghjuvan-Carlu Simeoni"],
      roles=[("son [directeur]", "Femu Quì")]),

    O("Femu Quì", "company", ["[Femu Quì] est devenue", "grâce à [Femu Quì]", "création de [Femu Quì]"]),
    O("Brasserie Pietra", "company", ["Brasserie Pietra"]),
    O("Corstyrène", "company", ["Corstyrène"]),
    O("Gloria Maris", "company", ["Gloria Maris"]),
    O("Atelier corse Fruits et Légumes", "company", ["Atelier corse Fruits et Légumes"]),
    O("Soleco", "company", ["Soleco"]),
    O("BioPhonia", "company", ["BioPhonia"]),
    O("Femu Quì Ventures", "other", ["Femu Quì Ventures"]),  # §16 kind (was company)

    L("Corse", ["en [Corse]"]),
    L("Continent", ["Continent"]),   # mainland France

    A("5M€", 5000000),
    A("50 M€", 50000000, qualifier="about"),

    D("en [1990]", "1990"),
    D("il y a dix ans", None, relative=True),
]

UNANNOTATED = []
