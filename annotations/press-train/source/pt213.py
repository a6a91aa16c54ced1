# pt213: Sciences Ouest (espace-sciences.org), pôle Mer Bretagne general assembly.
BODY_START = None
BODY_END = "TOUTES LES ACTUALITÉS"

MB = "Mer Bretagne"
RECORDS = [
    O(MB, "association", ["Le pôle [mer Bretagne]", (MB, 1), (MB, 2)]),
    O("Région Bretagne", "public_body", ["Région Bretagne"]),

    M("300 adhérents", MB, 300, "adhérents", "over"),

    D("4 avril dernier", None, relative=True),
    D("9 janvier dernier", None, relative=True),
]
UNANNOTATED = []
