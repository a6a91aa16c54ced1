# pt837 — agra.fr, the start-up Oé raises 2,5 M€ from business angels and VOL-V
BODY_START = None
BODY_END = None

RECORDS = [
    P("Thomas Lemasle", ["Thomas Lemasle"], roles=[("co-fondateurs", "Oé")]),
    P("François-Xavier Henry", ["François-Xavier Henry"], roles=[("co-fondateurs", "Oé")]),   # the shared title (§11)

    O("Oé", "company", [("Oé", 1), ("Oé", 2), ("Oé", 3)]),
    O("VOL-V", "company", ["VOL-V"]),               # "une société"

    A("2,5 millions d’euros", 2500000, to="Oé", by=["VOL-V"]),   # and unnamed business angels
    D("création en [2015]", "2015"),
]

UNANNOTATED = []
