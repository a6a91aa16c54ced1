# pt332 — normandinamik.cci.fr, Normandie, the Business Angels de Normandie clubs
BODY_START = None
BODY_END = None
# "l’accompagnement des Business Angels": the investors in general, no record.

RECORDS = [
    P("Franck Martin", [("Franck Martin", 1), ("Franck Martin", 2)],
      roles=[("[président du club rouennais] des Business", "Business Angels de Normandie")]),

    O("Business Angels de Normandie", "association",
      ["Normandie Business Angels", ("Business Angels de Normandie", 1), ("Business Angels de Normandie", 2),
       ("Business Angels de Normandie", 3)],
      aliases=["Normandie Business Angels"]),
    O("Normandie Participation", "company", ["Normandie Participation"]),
    O("Région Normandie", "public_body", ["Région Normandie"]),

    L("Caen", ["Caen"]),
    L("Le Havre", ["Havre"]),
    L("Rouen", [("Rouen", 1), ("Rouen", 2)]),

    A("250 000 euros", 250000, qualifier="under"),
]

UNANNOTATED = []
