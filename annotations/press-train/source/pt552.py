BODY_START = "Loïg Chesnais-Girard :"   # image caption line and "Territoires" rubric before the title
BODY_END = None
# "le conseil régional", "la région" (no region named in the phrase): generic.

BDI = "Bretagne Développement Innovation"
RECORDS = [
    P("Loïg Chesnais-Girard", [("Loïg Chesnais-Girard", 1), ("Loïg Chesnais-Girard", 2),
                               "Loïg-Chesnais Girard", ("Loïg Chesnais-Girard", 3)],
      aliases=["Loïg-Chesnais Girard"],
      roles=[("est [président] de la région", None),  # §16: territory name after the title: the place; no record of the council
             ("nommé [premier vice-président délégué à l'économie, l'innovation, l'attractivité]", None)]),
    P("Jean-Yves le Drian", [("Jean-Yves le Drian", 1), ("Jean-Yves le Drian", 2)],
      roles=[("alors [président] de la région", None)]),

    O("Centre National d'Études et des Télécommunications", "education_research",
      ["Centre National d'Études et des Télécommunications"]),
    O(BDI, "public_body", ["[Bretagne Développement Innovation] (BDI)", "Bretagne Développement Innovation ([BDI])", "programmes de [BDI]"], aliases=["BDI"]),

    L("Bretagne", ["Chesnais-Girard : [Bretagne], terre", "de la région [Bretagne] depuis",
                   "président de la région [Bretagne] est", "faire de la [Bretagne] une",
                   "partout en [Bretagne]"]),  # §16: "président de la région Bretagne": the place
    L("Côtes d’Armor", ["Côtes d’Armor"]),
    L("Lannion", [("Lannion", 1), ("Lannion", 2), ("Lannion", 3)]),

    D(("mai 2017", 1), "2017-05"),
    D("années 1960", "196X"),
    D("En [2011]", "2011"),
    D("dès [2015]", "2015"),
    D(("mai 2017", 2), "2017-05"),
]

UNANNOTATED = []
