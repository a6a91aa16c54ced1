# pt258: CCI Occitanie, Mecanic Vallée, a cluster that turbocharges (2017).
BODY_START = None
BODY_END = None

MV = "Mecanic Vallée"
RECORDS = [
    P("Jean-François Chanut", ["Jean-François Chanut"],
      roles=[("nouveau [président] en juin", MV), ("ailleurs [président] de Ratier", "Ratier Figeac")]),
    P("Hervé Danton", [("Hervé Danton", 1), ("Hervé Danton", 2)], roles=[("délégué", MV)]),
    P("François Hollande", ["François Hollande"]),

    O(MV, "association", [(MV, i) for i in range(1, 6)]),
    O("Ratier Figeac", "company", ["Ratier Figeac"]),
    O("Figeac Aéro", "company", ["Figeac Aéro"]),

    L("Aveyron", ["Aveyron"]),
    L("Cantal", ["Cantal"]),
    L("Corrèze", ["Corrèze"]),
    L("Dordogne", ["Dordogne"]),
    L("Lot", ["Lot"]),
    L("Haute-Vienne", ["Haute-Vienne"]),
    L("Portugal", ["Portugal"]),
    L("Espagne", ["Espagne"]),

    M("200 adhérents", MV, 200, "adhérents"),
    A("6 M€", 6000000),

    D("en [1999]", "1999"),
    D("juin 2017", "2017-06"),
]
UNANNOTATED = []
