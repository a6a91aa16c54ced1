# pt339 — mediaphore.com, Guadeloupe, Startup.gp day organized by GuadeloupeTech (2017)
BODY_START = None
BODY_END = None
# "Startup.gp": an event.

RECORDS = [
    P("Betty Fausta", ["Betty Fausta"],
      roles=[("[présidente] de GuadeloupeTech", "GuadeloupeTech")]),

    O("GuadeloupeTech", "association", [("GuadeloupeTech", 1), ("GuadeloupeTech", 2)]),

    L("Guadeloupe", [("Guadeloupe", 1), ("Guadeloupe", 2), ("Guadeloupe", 3)]),

    D("« [Cette année], j’ai", None, relative=True),
    D("en [2015]", "2015"),
    D("en [2016]", "2016"),
    D("[cette année], l’événement", None, relative=True),
]

UNANNOTATED = []
