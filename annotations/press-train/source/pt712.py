# pt712 — ewag.fr, interview of CCI Martinique's president and vice-president at the start of their second term
BODY_START = None
BODY_END = None
CCI = "CCI Martinique"

RECORDS = [
    O(CCI, "public_body", [(CCI, 1), (CCI, 2)]),
    # "le Président et la vice-présidente de la Chambre de Commerce et d’Industrie" (no place: anaphora of CCI Martinique)
    P("Philippe Jock", [("Philippe Jock", 1), ("Philippe Jock", 2)],
      roles=[("le [Président] et la", CCI), ("en tant que [Président]", CCI), ("Jock, [Président]", CCI)]),
    P("Carole Foulard", [("Carole Foulard", 1), ("Carole Foulard", 2)],
      roles=[("la [vice-présidente] de la Chambre", CCI), ("[Vice-Présidente] de la CCI", CCI),
             ("Foulard, [Vice-présidente]", CCI)]),
    P("Mathieu Rached", ["Mathieu Rached"]),      # byline
    # "C.F. :" interview initials: not a person mention
]
UNANNOTATED = []
