# pt846 — fondation.veolia.com, an 8 000 € grant to Canti'net, a coworking association in Agen (2014)
BODY_START = None
BODY_END = None
CN = "Canti'net"

RECORDS = [
    P("Isabelle Caire", [("Isabelle Caire", 1), ("Isabelle Caire", 2)]),   # the project's "Marraine": no post at an organization

    O(CN, "association", [(CN, 1), (CN, 2)]),

    L("Agen", [("Agen", i) for i in range(1, 5)]),
    L("France", ["France"]),
    L("Lot-et-Garonne", ["Lot-et-Garonne"]),

    A("8 000 €", 8000, to=CN),           # the grant's giver (the foundation) is not named in the text
    D("17/10/2014", "2014-10-17"),
    D("avril 2013", "2013-04"),
]

UNANNOTATED = []
