# pt407 (second annotation, annotator 3) — government plan for "tiers lieux" (2018)
BODY_START = None
BODY_END = None
# "la mission « Tiers lieux et coworking »": a mission, not an organization; "a piloté": a verb, no role.

RECORDS = [
    P("Julien Denormandie", ["Julien Denormandie"],
      roles=[("secrétaire d’Etat auprès du ministre de la cohésion des territoires", None)]),
    P("Patrick Levy-Waitz", [("Patrick Levy-Waitz", 1), ("Patrick Levy-Waitz", 2)],
      roles=[("le [président] de la Fondation", "Fondation Travailler autrement")]),

    O("La Machinerie", "other", [("La Machinerie", 1), ("La Machinerie", 2)]),
    O("Fondation Travailler autrement", "other", ["Fondation Travailler autrement"]),

    L("Amiens", ["Amiens"]),
    L("France", ["France"]),   # "un tour de France"

    A("110 millions d’euros", 110000000),   # a government plan: no link

    D("mercredi 19 septembre", "XXXX-09-19"),
]

UNANNOTATED = []
