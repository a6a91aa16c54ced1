# pt256: Association des interpreneurs (blog), interview of Baptiste Autin, vice-president of Mécaloire (2021).
BODY_START = None
BODY_END = None

M_ = "Mécaloire"
RECORDS = [
    P("Baptiste Autin", ["Baptiste Autin"],
      roles=[("responsable d’agence", "OREM-ASTRE"),
             ("vice-président", M_),
             ("membre", "Production France"),
             ("depuis [responsable] de son agence", "OREM-ASTRE")]),

    O("France Clusters", "association", ["France Clusters"]),
    O(M_, "association", [(M_, 1), (M_, 2), (M_, 3), ("MECALOIRE", 1), ("MECALOIRE", 2), ("MECALOIRE", 3)]),
    O("OREM-ASTRE", "company", [("OREM-ASTRE", 1), ("OREM-ASTRE", 2)]),
    O("Production France", "other", ["Production France"]),

    L("Saint Etienne", [("Saint Etienne", 1), ("Saint Etienne", 2)]),

    A("5M€", 5000000),
    A("14M€", 14000000),

    D("cette semaine", None, relative=True),
    D("en [1998]", "1998"),
    D("En [2006]", "2006"),
    D(("CA [2020]", 1), "2020"),
    D(("CA [2020]", 2), "2020"),
    D("en [1995]", "1995"),
]
UNANNOTATED = []
