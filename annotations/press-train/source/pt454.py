# pt454 — tendanceouest.com, Innova'Up post-incubation nursery of Caen la Mer (Colombelles).
BODY_START = None
BODY_END = None

RECORDS = [
    O("Caen la Mer", "public_body", [("Caen la Mer", 1), ("Caen la Mer", 2)]),
    D("[Jeudi 14 novembre]", "XXXX-11-14"),
    O("Innova'Up", "other", [("Innova'Up", 1), ("Innova'Up", 2), ("Innova'Up", 3)]),
    L("Effiscience", [("Effiscience", 1), ("Effiscience", 2)]),
    L("Colombelles", ["Colombelles"]),
    P("Dominique Goutte", [("Dominique Goutte", 1), ("Dominique Goutte", 2)],
      roles=[("[vice-président] de Caen", "Caen la Mer")]),  # "… en charge notamment de son développement économique": not contiguous
    P("Nicolas Joyau", ["Nicolas Joyau"], roles=[("son [président]", "Caen la Mer")]),
    A("300€", 300),
]

UNANNOTATED = []
