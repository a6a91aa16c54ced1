# pt501 (second annotation, annotator 4) — Région des Pays de la Loire innovation aid.
BODY_START = None
BODY_END = None

RECORDS = [
    O("Région des Pays de la Loire", "public_body",
      ["Région des Pays de la Loire", "Région Pays de la Loire"], aliases=["Région Pays de la Loire"]),
    D("Entre [2020 et 2025]", "2020", value_end="2025"),
    A("300 millions d’euros", 300000000, by=["Région des Pays de la Loire"]),
    L("Chine", ["Chine"]),
    L("États-Unis", ["États-Unis"]),
    P("Christelle Morançais", ["Christelle Morançais"],
      roles=[("[présidente] de la Région", "Région des Pays de la Loire")]),
    O("NGI", "company", ["NGI"]),
    L("Mamers", ["Mamers"]),
    L("Sarthe", ["Sarthe"]),
]

UNANNOTATED = []
