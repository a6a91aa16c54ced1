# pt327 — latribune.fr, Grand Est, Strasbourg start-ups pitch in Boston (2019)
BODY_START = "La scène"   # " date 2019-10 " is the page store's prefix
BODY_END = None

RECORDS = [
    P("Séverine Sigrist", ["Séverine Sigrist", ("Séverine Sigrist", 2), "Severine Sigrist"],
      roles=[("[présidente] de la startup", "Defymed"),
             ("qu'elle a [fondée]", "Defymed", "fondatrice")],
      aliases=["Severine Sigrist"]),

    O("McDermott Will & Emery", "company", ["McDermott Will & Emery"]),
    O("Defymed", "company", [("Defymed", 1), ("Defymed", 2)]),
    O("New England Venture Capital", "association", ["New England Venture Capital"]),
    O("Stryker", "company", ["Stryker"]),
    O("MassChallenge", "other", ["MassChallenge"]),
    O("Semia", "other", ["Semia"]),

    L("Boston", [("Boston", 1), ("Boston", 2)]),

    M("80 fonds indépendants", "New England Venture Capital", 80, "fonds indépendants"),

    A("15 millions d'euros", 15000000),   # sought, not raised: no link
    A("80 milliards de dollars", 80000000000, currency="USD"),
    A("13,6 milliards de dollars", 13600000000, currency="USD"),

    D("en [2023]", "2023"),
    D("prévisions de [2019]", "2019"),
    D("en [début d'année]", None, relative=True),
]

UNANNOTATED = []
