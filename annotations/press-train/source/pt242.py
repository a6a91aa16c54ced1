# pt242: PdM Seafood Mag, a maritime cluster launched in Mayotte.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Alexandre Luczkiewicz", [("Alexandre Luczkiewicz", 1), ("Alexandre Luczkiewicz", 2)],
      roles=[("en charge des actions et relations outre-mer", "Cluster Maritime français")]),
    P("Vincent SCHUMENG", ["Vincent SCHUMENG"]),

    O("conseil départemental de Mayotte", "public_body", ["conseil départemental de Mayotte"]),
    O("Cluster Maritime français", "association", ["Cluster Maritime français"]),

    L("Mayotte", ["à [Mayotte]"]),
    L("Wallis-et-Futuna", ["Wallis-et-Futuna"]),
    L("Saint-Martin", ["Saint-Martin"]),

    D("23 mars dernier", None, relative=True),
]
UNANNOTATED = []
