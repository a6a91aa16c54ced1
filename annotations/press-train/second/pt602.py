BODY_START = None
BODY_END = None

FTB = "French Tech Bordeaux"
RECORDS = [
    P("Jérôme Leleu", ["Jérôme Leleu"], roles=[("Leleu, [président] de French", FTB)]),
    P("Philippe Métayer", [("Philippe Métayer", 1), ("Philippe Métayer", 2)],
      roles=[("du nouveau [directeur délégué]", FTB),       # recruited, then "accueillir Philippe Métayer"
             ("[Chargé de mission économique numérique] à", "Bordeaux Métropole"),
             # "organisateur" of an event: no title (§16)
             ("précédemment [directeur général adjoint] à", "IUT Bordeaux Montaigne")]),
    P("Pierre Dejean", ["Pierre Dejean"], roles=[("le [coordinateur] de French", FTB)]),

    O(FTB, "association", [(FTB, 1), (FTB, 2), (FTB, 3), (FTB, 4)]),
    O("Bordeaux Métropole", "public_body", ["Bordeaux Métropole"]),
    O("IUT Bordeaux Montaigne", "education_research", ["IUT Bordeaux Montaigne"]),

    L("Las Vegas", ["Las Vegas"]),

    D("25 juin", "XXXX-06-25"),
    D("septembre 2015", "2015-09"),
    D("entre [2007 et 2012]", "2007", value_end="2012"),
]

UNANNOTATED = []
