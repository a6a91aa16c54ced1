BODY_START = None
BODY_END = None

RECORDS = [
    P("Christelle Morançais", ["Christelle Morançais"],
      roles=[("Morançais, [présidente] de", "Région des Pays de la Loire")]),

    O("Région des Pays de la Loire", "public_body",
      ["La [Région des Pays de la Loire] souhaite", "de la [Région Pays de la Loire]"],
      aliases=["Région Pays de la Loire"]),
    O("NGI", "company", ["NGI"]),

    L("Chine", ["Chine"]),
    L("États-Unis", ["États-Unis"]),
    L("Mamers", ["Mamers"]),
    L("Sarthe", ["Sarthe"]),

    A("300 millions d’euros", 300000000, by=["Région des Pays de la Loire"]),

    D("Entre [2020 et 2025]", "2020", value_end="2025"),
]

UNANNOTATED = []
