BODY_START = None
BODY_END = None
# "la French Tech lyonnaise" / "la French Tech": the bare label (press-dev), no record.

ML = "Métropole de Lyon"
RECORDS = [
    P("Émeline Baume", ["Émeline Baume"],
      roles=[("la [vice-présidente] de la Métropole", ML)]),   # "la Métropole" = the Métropole de Lyon

    O("Tribune de Lyon", "media", ["Tribune de Lyon"]),
    O(ML, "public_body", [ML]),
    O("Saint-Étienne Métropole", "public_body", ["Saint-Étienne Métropole"]),

    L("Lyon", ["entre [Lyon] et"]),
    L("Saint-Étienne", ["et [Saint-Étienne], la"]),

    A(("70 000 euros", 1), 70000, by=[ML]),
    A("350 000 euros", 350000),
    A(("70 000 euros", 2), 70000, by=[ML]),

    D("ce lundi", None, relative=True),
]

UNANNOTATED = []
