# pt221: blog copy of a Clicanoo article, Qualitropic's mixed evaluation (2008).
BODY_START = None
BODY_END = None

Q = "Qualitropic"
RECORDS = [
    P("Jean-Pierre Avril", [("Jean-Pierre Avril", 1), ("Jean-Pierre Avril", 2)],
      roles=[("Son [président], Jean-Pierre", Q), ("son [président] Jean-Pierre", Q)]),

    O(Q, "association", [(Q, i) for i in (1, 2, 3, 4)]),
    O("CLICANOO.COM", "media", ["CLICANOO.COM"]),

    L("La Reunion", ["La Reunion"]),
    L("France", ["France"]),
    L("hôtel Créolia de Saint-Denis", ["hôtel Créolia de Saint-Denis"]),

    D("5 décembre 2008", "2008-12-05"),
    D("[hier], ses", None, relative=True),
]
UNANNOTATED = []
