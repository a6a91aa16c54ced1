BODY_START = "Innovation, la région"   # "Collectivités": rubric
BODY_END = None
# "l'observatoire des startups ..." is a report, not an organization.

B = "Bpifrance"
RECORDS = [
    P("Stéphane Clerget", [("Stéphane Clerget", 1), ("Stéphane Clerget", 2), ("Stéphane Clerget", 3)],
      roles=[("Clerget, [délégué innovation régional] de Bpifrance", B)]),

    O(B, "public_body", [(B, 1), (B, 2), (B, 3), (B, 4)]),
    O("Inocel", "company", ["Inocel"]),
    O("Crossject", "company", ["Crossject"]),
    O("Losanje", "company", ["Losanje"]),

    L("Bourgogne Franche-Comté", [("Bourgogne Franche-Comté", 1), ("Bourgogne Franche-Comté", 2)]),
    L("Hexagone", ["Hexagone"]),
    L("Belfort", ["Belfort"]),
    L("Grenoble", ["Grenoble"]),

    A("quatre millions d’euros", 4000000),
    A("64 millions d’euros", 64000000, to="Inocel"),

    D("à venir en [2024]", "2024"),
    D(("2023", 1), "2023"),
    D("levée en [2024]", "2024"),
    D("l’édition [2024]", "2024"),
    D(("2023", 2), "2023"),
]

UNANNOTATED = []
