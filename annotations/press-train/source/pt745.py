# pt745 — processalimentaire.com, the food competitiveness cluster Valorial: general assembly, mergers, member count (2017)
BODY_START = None
BODY_END = None
VAL = "Valorial"
PAO = "Pôle Agronomique Ouest"

RECORDS = [
    O(VAL, "association", [(VAL, i) for i in range(1, 7)]),
    D("12 juin 2017", "2017-06-12"),
    P("Pierre Christen", ["Pierre Christen"]),          # byline
    P("Pierre Weill", [("Pierre Weill", 1), ("Pierre Weill", 2)],
      roles=[("Perrot, [président] et directeur", VAL), ("Weill, [président] du pôle", VAL)]),
    P("Jean-Luc Perrot", [("Jean-Luc Perrot", 1), ("Jean-Luc Perrot", 2)],
      roles=[("président et [directeur]", VAL), ("le [directeur]", VAL)]),   # "respectively": président, directeur
    D("1er juin 2017", "2017-06-01"),
    L("Rhoazon Park", ["Rhoazon Park"]),
    L("Rennes", ["Rennes"]),
    M("320 adhérents", VAL, 320, "adhérents"),
    O(PAO, "other", ["PAO", PAO], aliases=["PAO"]),
    L("Bretagne", ["Bretagne"]),                        # "piloté par les régions Bretagne et ...": lowercase régions, places (§15)
    L("Pays de la Loire", [("Pays de la Loire", 1), ("Pays de la Loire", 2)]),
    D("fin 2017", "2017", mod="END"),
    D(("début 2018", 1), "2018", mod="START"),
    O("Vegepolys", "association", ["Vegepolys"]),
    O("Cap Aliment", "other", [("Cap Aliment", 1), ("Cap Aliment", 2)]),
    O("Ligeriaa", "association", ["Ligeriaa"]),
    D(("début 2018", 2), "2018", mod="START"),
    D("Fin 2016", "2016", mod="END"),
    L("Normandie", ["Normandie"]),
]
UNANNOTATED = []
