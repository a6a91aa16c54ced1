# pt311 — maddyness.com, Pays de la Loire, the Nantes start-up ecosystem (2021)
BODY_START = None
BODY_END = None
# "Métropole French Tech" and "la French Tech" are labels: no record.

RECORDS = [
    P("Adrien Poggetti", [("Adrien Poggetti", 1), ("Adrien Poggetti", 2)],
      roles=[("le [directeur] de la French", "French Tech Nantes")]),

    O("Maddyness", "media", ["Maddyness"]),
    O("French Tech Nantes", "other", ["French Tech Nantes"]),
    O("FC Nantes", "other", ["FC Nantes"]),
    O("Doctolib", "company", ["Doctolib"]),
    O("Lengow", "company", ["Lengow"]),
    O("iAdvize", "company", ["iAdvize"]),

    L("Nantes", ["[Nantes] fourmille", "à [Nantes] que"]),
    L("Lyon", ["Lyon"]),

    D("25 mars 2021", "2021-03-25"),   # republication stamp
    D("en [2016]", "2016"),
    D("printemps 2020", "2020-SP"),
]

UNANNOTATED = []
