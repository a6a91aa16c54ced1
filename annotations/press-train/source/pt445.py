# pt445 — forumeco.fr, Sowefund's "fundtruck" stops in Troyes.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Laurent Locurcio", ["Laurent Locurcio"]),  # photo credit
    L("technopole de l’Aube", ["technopole de l’Aube"]),  # the site, in front of which the truck stands
    D("lancée en [2015]", "2015"),
    O("Sowefund", "company", [("Sowefund", 1), ("Sowefund", 2)]),
    A("30 millions d’euros", 30000000, qualifier="over"),  # collected for start-ups (unnamed): no link
    L("Grand Est", ["Grand Est"]),
    L("Troyes", ["Troyes"]),
    L("Nancy", ["Nancy"]),
    L("Strasbourg", ["Strasbourg"]),
    P("Benjamin Wattinne", ["Benjamin Wattinne"], roles=[("[co-fondateur] de Sowefund", "Sowefund")]),
]

UNANNOTATED = []
