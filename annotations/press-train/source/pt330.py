# pt330 — presse-citron.net, national, weekly start-up funding recap (July 2020)
BODY_START = "Et si"   # " date 2020-07 " is the page store's prefix
BODY_END = None
# "la French Tech": label. "Outre-Atlantique", "l’hexagone": not named places here.

RECORDS = [
    O("SpaceX", "company", ["SpaceX"]),
    O("Boeing", "company", ["Boeing"]),
    O("NASA", "public_body", ["NASA"]),
    O("Agence spatiale européenne", "public_body", ["Agence spatiale européenne", "([ESA])", "l’[ESA]"],
      aliases=["ESA"]),
    O("ClearSpace", "company", ["ClearSpace"]),
    O("Airbus", "company", ["Airbus"]),
    O("Thales", "company", ["Thales"]),
    O("Tesla", "company", ["Tesla"]),
    O("Rivian", "company", ["Rivian"]),
    O("Serena", "other", ["Serena"]),  # §16 kind (was company)
    O("Synapse Medicine", "company", ["Synapse Medicine"]),

    L("Lausanne", ["Lausanne"]),
    L("France", ["En [France]"]),

    A("2,5 milliards de dollars", 2500000000, currency="USD", to="Rivian"),
    A("plus de [5 milliards de dollars]", 5000000000, currency="USD", qualifier="over"),   # valuation
    A("24 millions d’euros", 24000000),
    A("7 M€", 7000000, to="Synapse Medicine"),

    D("Cette semaine", None, relative=True),
    D("visent [2025]", "2025"),
    D("confirmer la [semaine dernière]", None, relative=True),
    D("retenir [cette semaine]", None, relative=True),
    D("la [semaine dernière] fut", None, relative=True),
    D("du [mois de juillet]", "XXXX-07"),
]

UNANNOTATED = []
