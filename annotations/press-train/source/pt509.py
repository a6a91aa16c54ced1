BODY_START = None
BODY_END = None
# "l'agence régionale du développement économique" is a lowercase description with no proper
# name and no place: a generic reference (as "la chambre de commerce et d'industrie"), no record.

RECORDS = [
    P("Georges Frêche", [("Georges Frêche", 1), ("Georges Frêche", 2), ("Georges Frêche", 3),
                         ("Georges Frêche", 4), ("Georges Frêche", 5)]),
    P("Jean-Noël Billioud", [("Jean-Noël Billioud", 1), ("Jean-Noël Billioud", 2),
                             ("Jean-Noël Billioud", 3)]),
    P("Agnès Jullian", ["Agnès Jullian"]),
    P("Emilie Palisson", ["Emilie Palisson"]),   # "La direction … assurée par": no title (§15), and the agency has no record
    P("Anne-Yvonne Le Dain", ["Anne-Yvonne Le Dain"],
      roles=[("Le Dain, [vice-présidente] à la Région", None)]),
    P("Robert Navarro", ["Robert Navarro"],
      roles=[("[premier vice-président] de Région", None)]),
    P("Christian Bourquin", ["Christian Bourquin"],
      roles=[("à la [présidence] de la Région, suite", None, "président")]),
    P("Ysis Percq", ["Ysis Percq"]),   # byline

    D("août dernier", None, relative=True),
    D("la [fin décembre]", "XXXX-12", mod="END"),
    D("24 octobre 2010", "2010-10-24"),
]

UNANNOTATED = []
