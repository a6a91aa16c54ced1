# pt817 — presences-grenoble.fr, CoopVenture, an ethical seed fund for digital start-ups
BODY_START = None
BODY_END = "Commentaires"     # comment box
CV = "CoopVenture"
FTA = "French Tech in the Alps"
GAM = "Grenoble-Alpes Métropole"
CCG = "communauté de communes du Grésivaudan"

RECORDS = [
    P("Laurence Ruffin", ["Laurence Ruffin"],
      roles=[(None, "Alma"),                                  # "la Scop Alma, dirigée par"
             ("nommée à la [présidence]", CV, "présidente")]),
    P("Daniel Pilaud", ["Daniel Pilaud"], roles=[("ancien président", FTA)]),
    P("Olivier Althuser", ["Olivier Althuser"], roles=[("responsable", CV)]),

    O(CV, "other", [(CV, 1), "Coopventure", (CV, 2), (CV, 3)]),   # the fund, which invests
    O(FTA, "other", [(FTA, 1), (FTA, 2)]),
    O("Alma", "company", ["Alma"]),                             # "la Scop Alma": legal form left out
    O(GAM, "public_body", [GAM]),
    O(CCG, "public_body", [CCG]),

    L("France", ["France"]),

    A("4,5 M€", 4500000),                                       # the fund's size
    A("600 k€", 600000, to=CV, by=[GAM]),
    A("300 k€", 300000, to=CV, by=[CCG]),
]

UNANNOTATED = []
