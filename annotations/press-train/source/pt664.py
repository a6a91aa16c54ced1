# pt664 — lacite-nantes.fr, Nantes, digital eldorado? (2017)
BODY_START = "Nantes, nouvel eldorado"     # "Actualités" above is the site's rubric
BODY_END = None

RECORDS = [
    O("iAdvize", "company", ["iAdvize"]),
    O("Lengow", "company", ["Lengow"]),
    O("10-Vins", "company", ["10-Vins"]),

    L("Nantes", [("Nantes", 1), ("Nantes", 2), ("Nantes", 3)]),   # "la ville de Nantes ne manque pas de séduire": the city as a place
    L("Hexagone", ["Hexagone"]),
    L("Paris", ["Paris"]),

    D("4 octobre 2017", "2017-10-04"),      # publication stamp
    D("entre [2009 et 2016]", "2009", value_end="2016"),
]

UNANNOTATED = []
