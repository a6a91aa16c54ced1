# pt746 — aqui.fr, the agri competitiveness cluster Agri Sud Ouest Innovation opens a local relay with the CCI de Pau (2019)
BODY_START = None
BODY_END = None
ASO = "Agri Sud Ouest Innovation"
CCI = "CCI de Pau"

RECORDS = [
    O(ASO, "association", [(ASO, 1), (ASO, 2), "Agri Sud ouest Innovation", "AgriSud Ouest Innovation", (ASO, 3), (ASO, 4)],
      aliases=["AgriSud Ouest Innovation"]),
    D("19/06/2019", "2019-06-19"),
    O(CCI, "public_body", [(CCI, 1), (CCI, 2), (CCI, 3)]),
    L("Béarn", [("Béarn", 1), ("Béarn", 2), ("Béarn", 3)]),
    L("Midi-Pyrénées", ["Midi-Pyrénées"]),
    D("en [2007]", "2007"),
    L("Aquitaine", ["Aquitaine"]),
    D("en [2012]", "2012"),
    D("fin 2019", "2019", mod="END"),
    L("Pyrénées-Atlantiques", ["Pyrénées-Atlantiques"]),
    P("Henri IV", ["Henri IV"]),                 # "Au pays d'Henri IV": the historical figure
    D("lundi 17 juin", "XXXX-06-17"),
    O("Euralis", "company", ["Euralis"]),
    P("Didier Laporte", ["Didier Laporte"], roles=[("son [Président]", CCI)]),
    O("Avenia", "association", ["Avenia"]),
    O("Aérospace Valley", "association", ["Aérospace Valley"]),
    L("Toulouse", ["Toulouse"]),
]
UNANNOTATED = []
