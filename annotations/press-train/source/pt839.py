# pt839 — lemondeinformatique.fr, Numica, a club of IT directors, opens in Champagne-Ardenne
BODY_START = None
BODY_END = None

RECORDS = [
    P("Ludwig Haché", [("Ludwig Haché", 1), ("Ludwig Haché", 2)],
      roles=[("président", "Numica"), ("co-fondateurs", "Numica")]),        # "les co-fondateurs": the two men
    P("Frédéric Godbillot", [("Frédéric Godbillot", 1), ("Frédéric Godbillot", 2)],
      roles=[("vice-président", "Numica"), ("co-fondateurs", "Numica")]),

    O("Numica", "association", [("Numica", i) for i in range(1, 5)]),

    L("Strasbourg", ["Strasbourg"]),
    L("Paris", ["Paris"]),
    L("Reims", [("Reims", 1), ("Reims", 2)]),
    L("Champagne-Ardenne", ["Champagne-Ardenne"]),

    D("l'année [2013]", "2013"),
    D("2014 et 2015", "2014", value_end="2015"),
    D("Le [18 mars prochain]", None, relative=True),
]

# "il y a quelques années": vague, not a date.
UNANNOTATED = []
