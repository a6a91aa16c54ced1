# Ouest Médias 2023: 16 Capitales and 99 Communautés French Tech labelled for 2023-2025.
BODY_START = None
BODY_END = None

M_ = "mission nationale French Tech"
RECORDS = [
    P("Jean-Noël Barrot", ["Jean-Noël Barrot"], roles=[("le [Ministre] Jean-Noël", None)]),

    O(M_, "public_body", ["la [mission French Tech] fêtera", M_, "Mission French Tech"], aliases=["Mission French Tech"]),
    O("Ouest Médias", "company", ["Ouest Médias"]),
    O("French Tech Saint-Nazaire La Baule Pornic", "other", ["French Tech Saint-Nazaire La Baule Pornic"]),
    O("CAP Atlantique", "public_body", ["CAP Atlantique"]),
    O("CARENE", "public_body", ["CARENE"]),
    O("Pornic Pays de Retz", "public_body", ["Pornic Pays de Retz"]),

    L("Dijon", ["Dijon"]),
    L("France", [("France", n) for n in range(1, 4)]),
    L("Saint-Nazaire", ["pour [Saint-Nazaire] La Baule"]),
    L("La Baule", ["Nazaire [La Baule], étend"]),
    L("Loire", ["Loire"]),

    D(("2023/2025", 1), "2023", value_end="2025"),
    D("4e trimestre 2023", "2023-Q4"),
    D("Jeudi 2 février", "XXXX-02-02"),
    D(("2023/2025", 2), "2023", value_end="2025"),
    D("2019/2022", "2019", value_end="2022"),
    D(("2023/2025", 3), "2023", value_end="2025"),
]
UNANNOTATED = []
