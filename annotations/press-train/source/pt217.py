# pt217: Le Monde Informatique, France Cluster general assembly.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Retailleau", ["Retailleau"]),  # "le rapport Retailleau": the report's author, named by surname

    O("France Cluster", "association", [("France Cluster", 1), ("France Cluster", 2)]),
    O("CDC", "public_body", ["CDC"]),

    L("Europe", ["Europe"]),

    M("une centaine de clusters français", "France Cluster", 100, "clusters français", "about"),

    D("18 juin", "XXXX-06-18"),
]
UNANNOTATED = []
