# pt401 (second annotation, annotator 3) — Grand Nancy Innovation pre-incubation programme
BODY_START = None
BODY_END = None

RECORDS = [
    P("Vincent Godbert", [("Vincent Godbert", 1), ("Vincent Godbert", 2)],
      roles=[("[chef de projet incubation]", "Grand Nancy Innovation")]),   # "au sein de la structure"

    O("Grand Nancy Innovation", "other", [("Grand Nancy Innovation", 1), ("Grand Nancy Innovation", 2)]),
    O("Stanford College", "education_research", ["Stanford College"]),

    L("Sillicon Valley", ["Sillicon Valley"]),

    D("début septembre", "XXXX-09", mod="START"),
    D("il y a à peine six mois", None, relative=True),
    D("lancée [cette année]", None, relative=True),
    D("il y a deux ans", None, relative=True),
]

UNANNOTATED = []
