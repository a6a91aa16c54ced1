# pt903 — meretmarine.com, the Réunion maritime cluster renews its bureau (2020)
BODY_START = "Après le décès"      # after the store's date stamp
BODY_END = None
CM = "cluster maritime de La Réunion"
# "le cluster maritime réunionnais" (adjective) and "le Cluster Maritime" / "du Cluster" (capitalized common noun)
# are descriptions of the same body, no mentions (§16); roles tied to them resolve to its record.

RECORDS = [
    P("Maurice Cerisola", [("Maurice Cerisola", 1), ("Maurice Cerisola", 2)],
      roles=[("son défunt [président]", CM)]),                 # the late president
    P("Sébastien Camus", [("Sébastien Camus", 1), ("Sébastien Camus", 2)],
      roles=[("élu à sa [présidence]", CM, "président")]),
    P("Hervé Deiss", ["Hervé Deiss"]),                         # byline
    O("Ports et Corridors", "media", ["Ports et Corridors"]),
    D("en [mars]", "XXXX-03"),
    O(CM, "association", [CM]),
    D("le [3 juillet]", "XXXX-07-03"),
    P("Frédéric Royer", ["Frédéric Royer"], roles=[("poste de [secrétaire] du Cluster", CM)]),
    P("Emmanuelle Hoareau", ["Emmanuelle Hoareau"], roles=[("devient [trésorière]", CM)]),
    L("La Réunion", ["l’île de [La Réunion]"]),
]
UNANNOTATED = []
