BODY_START = None
BODY_END = None
# The new association has no name yet: its board titles get no organization, its member count
# none either; the names "proposés pour l'instant" are candidates, not organizations.

RECORDS = [
    P("Benjamin Rosoor", ["Benjamin Rosoor"],
      roles=[("- [Président] :", None),
             ("Rosoor, [directeur] de l’agence", "Webreport")]),
    P("Gabrielle Denis", ["Gabrielle Denis"],
      roles=[("- [Secrétaire] :", None),
             ("Denis, [directrice] de l’agence", "Editoile")]),
    P("Leïla Lereu", ["Leïla Lereu"],
      roles=[("- [Trésorière] :", None), (None, "Dijiwan")]),

    O("Aquitaine Europe Communication", "public_body",
      ["AEC", "Aquitaine Europe Communication"], aliases=["AEC"]),
    O("Association pour le développement de l’électronique et de l’informatique dans le Sud-Ouest",
      "association",
      ["Association pour le développement de l’électronique et de l’informatique dans le Sud-Ouest", "ADEISO"],
      aliases=["ADEISO"]),
    O("Pro Libre", "association", ["Pro Libre"]),
    O("Bordeaux Games", "association", ["Bordeaux Games"]),
    O("Webreport", "company", ["Webreport"]),
    O("Editoile", "company", ["Editoile"]),
    O("Dijiwan", "company", ["Dijiwan"]),

    L("Aquitaine", [("Aquitaine", 1), ("Aquitaine", 2), ("Aquitaine", 3), ("Aquitaine", 5),
                    ("Aquitaine", 6)]),
    L("L’Orangerie du Jardin public", ["L’Orangerie du Jardin public"]),
    L("Bordeaux", ["public à [Bordeaux] pour"]),

    M("46 membres fondateurs", None, 46, "membres fondateurs"),

    D("24 août 2010", "2010-08-24"),
]

UNANNOTATED = [("Aquitaine", 7, "inside a candidate name of the association (APNA), not a place mention")]
