# mylenecolmar blog: Betty Fausta, president of GuadeloupeTech, mid-term review.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Betty Fausta", ["Betty Fausta"],
      roles=[("une autre [membre] de GuadeloupeTech", "GuadeloupeTech"),
             ("Betty Fausta, [présidente] de l’association", "GuadeloupeTech"),  # l'association = GuadeloupeTech
             ("membre fondateur", "GuadeloupeTech")]),

    O("GuadeloupeTech", "association", [("GuadeloupeTech", i) for i in range(1, 6)]),

    L("Guadeloupe", [("Guadeloupe", 1), ("Guadeloupe", 2)]),

    D("depuis [2016]", "2016"),
    D("en [2013]", "2013"),
    D("depuis [2006]", "2006"),
]
UNANNOTATED = []
