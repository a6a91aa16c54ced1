# pt253: Atout Aveyron, interview of Hervé Danton on the Mecanic Vallée cluster.
BODY_START = None
BODY_END = None

MV = "Mecanic Vallée"
RECORDS = [
    P("Hervé Danton", ["Hervé Danton"], roles=[("délégué", MV)]),
    P("Jean-François Chanut", ["Jean-François Chanut"],
      roles=[("Présidée", MV, "président"), ("Chanut, [président] de", "Ratier Figeac")]),

    O(MV, "association", [(MV, i) for i in range(1, 7)]),
    O("Ratier Figeac", "company", ["Ratier Figeac"]),
    O("Bosch", "company", ["Bosch"]),
    O("Lisi Aerospace", "company", ["Lisi Aerospace"]),
    O("Blanc Aero", "company", ["Blanc Aero"]),
    O("Fives", "company", ["Fives"]),
    O("STS", "company", ["STS"]),

    L("Decazeville", [("Decazeville", 1), ("Decazeville", 2)]),
    L("Aveyron", [("Aveyron", 1), ("Aveyron", 2)]),
    L("Lot", ["Lot"]),
    L("Corrèze", ["Corrèze"]),
    L("Haute-Vienne", ["Haute-Vienne"]),
    L("Dordogne", ["Dordogne"]),
    L("Figeac", ["[Figeac] et Rodez"]),
    L("Rodez", ["Rodez"]),
    L("France", ["France"]),

    M("195 membres", MV, 195, "membres"),

    D("21 septembre dernier", None, relative=True),
    D(("21 septembre", 2), "XXXX-09-21"),
    D("il y a 20 ans", None, relative=True),
]
UNANNOTATED = []
