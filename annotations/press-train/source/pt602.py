# pt602 — objectifaquitaine, French Tech Bordeaux new deputy director
BODY_END = None

RECORDS = [
    P("Jérôme Leleu", ["Jérôme Leleu"],
      roles=[("Leleu, [président] de", "French Tech Bordeaux")]),
    P("Philippe Métayer", [("Philippe Métayer", 1), ("Philippe Métayer", 2)],
      roles=[("du nouveau [directeur délégué]", "French Tech Bordeaux"),  # "sans directeur général délégué": a vacant post, no role (§16)
             ("Chargé de mission économique numérique", "Bordeaux Métropole"),
             ("directeur général adjoint", "IUT Bordeaux Montaigne")]),
    P("Pierre Dejean", ["Pierre Dejean"],
      roles=[("[coordinateur] de French Tech Bordeaux", "French Tech Bordeaux")]),

    O("French Tech Bordeaux", "association",
      [("French Tech Bordeaux", 1), ("French Tech Bordeaux", 2), ("French Tech Bordeaux", 3), ("French Tech Bordeaux", 4)]),
    O("Bordeaux Métropole", "public_body", ["Bordeaux Métropole"]),
    O("IUT Bordeaux Montaigne", "education_research", ["IUT Bordeaux Montaigne"]),

    L("Las Vegas", ["Las Vegas"]),

    D("25 juin", "XXXX-06-25"),
    D("depuis [septembre 2015]", "2015-09"),
    D("entre [2007 et 2012]", "2007", value_end="2012"),
]

UNANNOTATED = []
