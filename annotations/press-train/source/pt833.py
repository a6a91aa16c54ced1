# pt833 — technopolemartinique.org, CAP Innovation network meeting on women's innovative start-ups in Martinique
BODY_START = None
BODY_END = None
CAP = "CAP Innovation"

RECORDS = [
    P("Linda Niriyenda", ["Linda Niriyenda"],
      roles=[("consultante", None), ("formatrice", None),
             ("co-fondé", "Bizness Mam", "co-fondatrice")]),
    P("Leslie Ardon", ["Leslie Ardon"], roles=[("ancienne basketteuse professionnelle", None)]),   # "a créé": no role (§15)
    P("Christelle Dangany", ["Christelle Dangany"], roles=[("ingénieure agroalimentaire", None)]),
    P("Rachana Nossin", ["Rachana Nossin"], roles=[("gérante", "Parfumeurs Soleil")]),
    P("Ketty Cotrebil", ["Ketty Cotrebil"]),

    O(CAP, "other", [(CAP, 1), "CAP INNOVATION", (CAP, 2)]),     # "le réseau"
    O("Bizness Mam", "association", ["Bizness Mam"]),
    O("Sports Indies", "company", ["Sports Indies"]),
    O("Technopole Martinique", "other", ["Technopole Martinique"]),
    O("CACEM", "public_body", ["CACEM"]),
    O("Parfumeurs Soleil", "company", ["Parfumeurs Soleil"]),

    L("Hôtel La Batelière", ["Hôtel La Batelière"]),
    L("Martinique", ["en [Martinique]", "entreprise de [Martinique]"]),
    L("Antilles Françaises", ["Antilles Françaises"]),

    D("25 novembre", "XXXX-11-25"),
]

# "PAREF": a regional action plan; "Ti Bouboun": a brand ("sous la marque").
UNANNOTATED = []
