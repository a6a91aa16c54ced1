# pt912 — quidam-hebdo.com, a new departmental president for the young business leaders' movement (CJD) (2022)
BODY_START = None
BODY_END = None
CJD = "Centre des Jeunes Dirigeants"

RECORDS = [
    O(CJD, "association", ["centre des jeunes dirigeants", "Centre des jeunes dirigeants", (CJD, 1)] + [("CJD", i) for i in range(1, 4)],
      aliases=["CJD"]),
    P("Antoine André", [("Antoine André", 1), ("Antoine André", 2)],
      roles=[("un nouveau [président] vient", CJD),     # of its Lot-et-Garonne delegation, an internal unit (§4)
             ("[co-fondateur] de Kokoji", "Kokoji")]),
    D("fondée en [1938]", "1938"),
    P("Jean Mersch", ["Jean Mersch"], roles=[("L’association, [fondée] en 1938", CJD, "fondateur")]),
    M("regroupant [quelque 5 700 dirigeants]", CJD, 5700, "dirigeants", "about"),
    L("Hexagone", ["Hexagone"]),
    L("Lot-et-Garonne", [("Lot-et-Garonne", 1), ("Lot-et-Garonne", 2)]),
    O("Kokoji", "company", ["Kokoji"]),
    L("Agropole", ["Agropole"]),
    D("[il y a cinq ans]", None, relative=True),
    P("Virginie Monti", ["Virginie Monti"], roles=[("[directrice] de la Caf", "Caf de Lot-et-Garonne")]),
    O("Caf de Lot-et-Garonne", "public_body", ["Caf de Lot-et-Garonne"]),
]
UNANNOTATED = []
