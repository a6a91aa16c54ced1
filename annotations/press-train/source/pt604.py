# pt604 — paperblog.fr, new Aquitaine digital association (2010)
BODY_END = None

RECORDS = [
    P("Benjamin Rosoor", ["Benjamin Rosoor"],
      roles=[("- [Président] :", None),       # the new association has no name yet
             ("Rosoor, [directeur] de", "Webreport")]),
    P("Gabrielle Denis", ["Gabrielle Denis"],
      roles=[("- [Secrétaire] :", None),
             ("Denis, [directrice] de", "Editoile")]),
    P("Leïla Lereu", ["Leïla Lereu"],
      roles=[("- [Trésorière] :", None),
             (None, "Dijiwan")]),

    O("Aquitaine Europe Communication", "public_body", ["AEC", "Aquitaine Europe Communication"],
      aliases=["AEC"]),
    O("Association pour le développement de l'électronique et de l'informatique dans le Sud-Ouest", "association",
      ["Association pour le développement de l'électronique et de l'informatique dans le Sud-Ouest", "ADEISO"],
      aliases=["ADEISO"]),
    O("Pro Libre", "association", ["Pro Libre"]),
    O("Bordeaux Games", "association", ["Bordeaux Games"]),
    O("Webreport", "company", ["Webreport"]),
    O("Editoile", "company", ["Editoile"]),
    O("Dijiwan", "company", ["Dijiwan"]),

    L("Aquitaine", [("Aquitaine", 1), ("Aquitaine", 2), ("Aquitaine", 3), ("Aquitaine", 5), ("Aquitaine", 6)]),
    L("L’Orangerie du Jardin public", ["L'Orangerie du Jardin public"]),
    L("Bordeaux", [("Bordeaux", 1)]),

    M("46 membres fondateurs", None, 46, "membres fondateurs"),

    D("24 août 2010", "2010-08-24"),
]

UNANNOTATED = [
    ("Aquitaine", 4, "inside the name Aquitaine Europe Communication"),
    ("Aquitaine", 7, "inside the proposed name APNA (... en Aquitaine): a candidate name, not an organization"),
]
