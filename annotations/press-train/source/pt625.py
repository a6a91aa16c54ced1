# pt625 — magazine-decideurs.com, interview of Marseille Innovation's founder
BODY_END = None

RECORDS = [
    P("Christian Rey", [("Christian Rey", 1), ("Christian Rey", 2)],
      roles=[("Son [fondateur] et directeur", "Marseille Innovation"),
             ("Son fondateur et [directeur]", "Marseille Innovation")]),

    O("Marseille Innovation", "other", [("Marseille Innovation", 1), "Marseille innovation", ("Marseille Innovation", 2)]),
    O("Décideurs", "media", ["Décideurs"]),     # the interviewer's label

    L("PACA", ["PACA"]),
    L("technopôle de Château-Gombert", ["technopôle de Château-Gombert"]),
    L("13e arrondissement de Marseille", ["13e arrondissement de Marseille"]),

    D("en [1996]", "1996"),
    D("Cinq ans en arrière", None, relative=True),
]

UNANNOTATED = []
