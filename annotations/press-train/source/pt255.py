# pt255: "Regards sur les pôles" blog (press copy), ViaMéca general assembly (2011).
BODY_START = "3 juillet 2011"  # blog chrome above; the post date is kept as page metadata
BODY_END = None

V = "ViaMéca"
RECORDS = [
    P("Georges Duval", ["Georges Duval"], roles=[("respectivement [président] et", V)]),
    P("André Malet", ["André Malet"], roles=[("et [vice-président] de ce", V)]),

    O(V, "association", [(V, i) for i in (1, 2, 3, 4, 5)]),
    O("Mesap", "association", ["Mesap"]),

    L("Saint-Etienne", [("Saint-Etienne", 1), ("Saint-Etienne", 2)]),
    L("France", [("France", 1), ("France", 2)]),
    L("Pyrénées", ["Pyrénées"]),
    L("Italie", ["Italie"]),
    L("Europe", ["Europe"]),

    D("3 juillet 2011", "2011-07-03"),
    D("démontré [hier]", None, relative=True),
    D("produit, [hier]", None, relative=True),
    D("en [2005]", "2005"),
]
UNANNOTATED = []
