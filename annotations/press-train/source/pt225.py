# pt225: Info-Éco, Aéroteam (Poitou-Charentes) to join Aérospace Valley (2018).
BODY_START = None
BODY_END = None

AT = "Aéroteam"
AV = "Aérospace Valley"
RECORDS = [
    P("Thierry Kanengieser", [("Thierry Kanengieser", 1), ("Thierry Kanengieser", 2)],
      roles=[("président", AT), (None, AV)]),  # "est entré au conseil d'administration d'Aérospace Valley"

    O(AT, "association", [(AT, 1), (AT, 2), (AT, 3)]),
    O(AV, "association", [(AV, i) for i in (1, 2, 3, 4, 5, 7)]),
    O("Aéroteam by Aérospace Valley", "association", ["Aéroteam by Aérospace Valley"]),  # the name the cluster will take

    L("Poitou-Charentes", ["Poitou-Charentes"]),
    L("Occitanie", ["Occitanie"]),
    L("Nouvelle-Aquitaine", ["Nouvelle-Aquitaine"]),
    L("Poitiers", ["Poitiers"]),
    L("Rochefort", ["Rochefort"]),

    D("jusqu’au [8 novembre] pour", "XXXX-11-08"),
    D("8 novembre prochain", None, relative=True),
    D("Pour [2019]", "2019"),
]
UNANNOTATED = []
