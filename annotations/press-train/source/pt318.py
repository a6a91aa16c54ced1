# pt318 — gref-bretagne.com, Bretagne, Bpifrance's activity in Brittany (2020)
BODY_START = None
BODY_END = None

RECORDS = [
    P("Hervé Lelarge", ["Hervé Lelarge"],
      roles=[("[directeur de l’antenne bretonne] de BPIfrance", "BPIfrance")]),
    P("Christophe Seillier", ["Christophe Seillier"],
      roles=[("délégué territorial Finistère et Morbihan", "BPIfrance")]),

    O("BPIfrance", "public_body", [("BPIfrance", i) for i in range(1, 6)]),

    L("Bretagne", [("Bretagne", 1), ("Bretagne", 2), ("Bretagne", 3)]),
    L("Ille-et-Vilaine", ["Ille-et-Vilaine"]),
    L("Finistère", ["le [Finistère] (1 004)", "le [Finistère], comme"]),
    L("Rennes", ["Rennes"]),

    A("911 millions d’euros", 911000000, by=["BPIfrance"]),
    A("50 000€", 50000, qualifier="under"),   # "plafonné à"

    D("L’[an dernier]", None, relative=True),
    D("en [2016]", "2016"),
    D("fin 2018", "2018", mod="END"),
    D("Nouveauté [2020]", "2020"),
]

UNANNOTATED = []
