# pt805 — beaboss.fr, Go Capital launches the 60 M€ seed fund Go Capital Amorçage II for the Grand Ouest
BODY_START = None
BODY_END = None
GC2 = "Go Capital Amorçage II"
FNA = "Fonds national d'amorçage"
FEI = "Fonds européen d'investissement"

RECORDS = [
    P("Pierre Lelièvre", ["Pierre Lelièvre"]),     # byline

    O("Go Capital", "company", [("Go Capital", 1), ("Go Capital", 2)]),   # "La société de gestion"
    O(GC2, "other", [(GC2, 1), (GC2, 2)]),        # the fund, which invests
    O("Bpifrance", "public_body", ["Bpifrance"]),
    O(FNA, "other", [FNA, "FNA"]),
    O(FEI, "other", [FEI, "FEI"]),

    L("Grand Ouest", [("Grand Ouest", 1), ("Grand Ouest", 2), ("Grand Ouest", 3)]),
    L("Normandie", ["Normandie"]),                # "des régions Normandie, Bretagne et Pays de la Loire": lowercase (§15)
    L("Bretagne", ["Bretagne"]),
    L("Pays de la Loire", ["Pays de la Loire"]),

    A(("60 millions d'euros", 1), 60000000),       # the fund's size: no link
    A(("60 millions d'euros", 2), 60000000),
    A(("60 millions d'euros", 3), 60000000),
    A("entre [500 000 et 2 millions d'euros]", 500000, value_max=2000000),   # ticket range: no link (§16)
    A("six millions d'euros", 6000000),
    A("20 millions d'euros", 20000000, to=GC2, by=["Bpifrance", FNA]),
    A("3 millions d'euros", 3000000, to=GC2),      # the regions are written lowercase: places, no funder record
    D("fin de l'année", None, relative=True),
    A("80 millions d'euros", 80000000),
]

UNANNOTATED = []
