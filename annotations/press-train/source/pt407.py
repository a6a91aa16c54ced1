# pt407 — kelnews.fr, government plan for tiers-lieux.
BODY_START = None
BODY_END = None

RECORDS = [
    O("La Machinerie", "other", [("La Machinerie", 1), ("La Machinerie", 2)]),  # 2nd: photo credit
    L("Amiens", ["Amiens"]),
    P("Julien Denormandie", ["Julien Denormandie"],
      roles=[("[secrétaire d’Etat auprès du ministre de la cohésion des territoires]", None)]),
    D("[mercredi 19 septembre]", "XXXX-09-19"),
    A("110 millions d’euros", 110000000),  # a plan's envelope: no link
    P("Patrick Levy-Waitz", [("Patrick Levy-Waitz", 1), ("Patrick Levy-Waitz", 2)],
      roles=[("le [président] de la Fondation", "Fondation Travailler autrement")]),
    L("France", ["France"]),
    O("Fondation Travailler autrement", "other", ["Fondation Travailler autrement"]),
]

UNANNOTATED = []
