BODY_START = None
BODY_END = None

B = "BPI France"
RECORDS = [
    P("Pierre Moscovici", ["Pierre Moscovici"]),
    P("Jean-Marc Ayrault", ["Jean-Marc Ayrault"]),
    P("Jacques Auxiette", ["Jacques Auxiette"],
      roles=[("Auxiette, [président] du Conseil", None)]),   # "Conseil régional" with no region named
    P("Nicolas Dufourcq", ["Nicolas Dufourcq"],
      roles=[("Dufourcq, [chargé d’une mission de préfiguration] de la BPI", B)]),
    P("Bricq", ["Bricq"], roles=[("les [ministres] Bricq", None)]),
    P("Garot", ["Garot"], roles=[("les [ministres] Bricq", None)]),

    O(B, "public_body", [("BPI France", 1), "création de la [BPI] était",
                         "régional de la [BPI] associant", "préfiguration de la [BPI] par",
                         ("BPI France", 2)], aliases=["BPI"]),
    O("Journal Officiel", "media", ["Journal Officiel"]),
    O("Oséo", "public_body", ["Oséo"]),
    O("CDC", "public_body", ["CDC"]),

    L("Pays de Loire", ["Pays de Loire"]),
    L("Bretagne", ["Bretagne"]),

    D("la [fin de ce mois]", None, relative=True),
    D("9 janvier", "XXXX-01-09"),
    D("1er janvier", "XXXX-01-01"),
    D(("7 janvier", 1), "XXXX-01-07"),
    D("29 novembre 2012", "2012-11-29"),
    D(("7 janvier", 2), "XXXX-01-07"),
]

UNANNOTATED = [
    ("BPI", 2, "« leur » BPI: a region's future BPI, generic"),
    ("BPI", 7, "les BPI régionales: generic plural"),
]
