# pt507 (second annotation, annotator 4) — Dev'up governance change (Centre-Val de Loire).
BODY_START = None
BODY_END = None

RECORDS = [
    O("Dev’up", "public_body", [("Dev’up", 1), ("Dev’up", 2), ("Dev’up", 3), ("Dev’up", 4)]),
    L("Centre-Val de Loire", ["Centre-Val de Loire"]),
    D("création en [2017]", "2017"),
    P("François Bonneau", [("François Bonneau", 1), ("François Bonneau", 2)],
      roles=[("le [président] de la Région", None),  # "la Région": generic
             ("en assurait la [présidence]", "Dev’up", "président"),
             ("devient [président délégué]", "Dev’up")]),
    D("en [novembre dernier]", None, relative=True),
    P("Emmanuel Vasseneix", [("Emmanuel Vasseneix", 1), ("Emmanuel Vasseneix", 2), ("Emmanuel Vasseneix", 3)],
      roles=[(None, "Dev’up"),  # "il a cédé sa place à" (the presidency), "A nous, Dev'up"
             ("[PDG] de la Laiterie", "Laiterie de Saint Denis de l’Hôtel")]),
    O("Laiterie de Saint Denis de l’Hôtel", "company", ["Laiterie de Saint Denis de l’Hôtel"]),
    L("Loiret", ["Loiret"]),
]

UNANNOTATED = []
