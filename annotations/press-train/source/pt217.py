# pt217: Le Monde Informatique, France Cluster general assembly.
BODY_START = None
BODY_END = None

RECORDS = [
    # §16: "le rapport Retailleau": a name inside a report's name (as "la loi Martinot") is no mention

    O("France Cluster", "association", [("France Cluster", 1), ("France Cluster", 2)]),
    O("CDC", "public_body", ["CDC"]),

    L("Europe", ["Europe"]),

    M("une centaine de clusters français", "France Cluster", 100, "clusters français", "about"),

    D("18 juin", "XXXX-06-18"),
]
UNANNOTATED = []
