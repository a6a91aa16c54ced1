# pt344 — latribune.fr, Centre-Val de Loire, Capitale French Tech label (2023)
BODY_START = "Après avoir"   # " date 2023-12 " is the page store's prefix
BODY_END = None
# "capitale French Tech", "la French Tech": label; "Je choisis la French Tech", "French Tech Tremplin": programmes.

RECORDS = [
    P("Jean-Noël Barrot", ["Jean-Noël Barrot"],
      roles=[("ministre délégué de la transition numérique", "ministère de la Transition numérique")]),  # a ministry record of that name exists
    P("Guillaume Vanneste", ["Guillaume Vanneste"],
      roles=[("[directeur] de Digital", "Digital Loire Valley")]),

    O("French Tech Val de Loire", "other", [("French Tech Val de Loire", 1), ("French Tech Val de Loire", 2)]),
    O("Digital Loire Valley", "other", [("Digital Loire Valley", 1), ("Digital Loire Valley", 2)]),
    O("Mission French Tech", "public_body", ["Mission French Tech", "[Mission French] seront"],
      aliases=["Mission French"]),
    O("ministère de la Transition numérique", "public_body", ["ministère de la Transition numérique"]),
    O("Bercy", "public_body", [("Bercy", 1), ("Bercy", 2)]),

    L("Centre Val de Loire", [("Centre Val de Loire", i) for i in range(1, 4)]),
    L("Hexagone", ["Hexagone"]),
    L("Normandie", ["Normandie"]),

    A("un milliard d'euros", 1000000000),
    A("30.000 euros", 30000, qualifier="under"),

    D("en [2022]", "2022"),
    D("lancée en [2023]", "2023"),
    D("d'ici quatre ans", None, relative=True),
    D("euros en [2023]", "2023"),
]

UNANNOTATED = []
