# pt404 (second annotation, annotator 3) — new president of the Mulhouse Technopole
BODY_START = None
BODY_END = None
# "le Technopole": a capitalized common noun with no proper part, no mention even if the excerpt never names the body (§16).
# "salon Usine du futur", "start-up week-end": events.

RECORDS = [
    P("Laurent Riche", [("Laurent Riche", 1), ("Laurent Riche", 2), ("Laurent Riche", 3)],
      roles=[("vice-président en charge de l'Innovation", "Mulhouse Alsace Agglomération"),
             ("en prendre la [présidence]", None, "président")]),
    P("Jean Rottner", ["Jean Rottner"],
      roles=[("[maire] de Mulhouse", None),
             ("[président] de M2A", "Mulhouse Alsace Agglomération")]),
    P("Corinne Patuel", ["Corinne Patuel"],
      roles=[("sa [directrice]", None)]),

    O("agglomération de Mulhouse", "public_body", ["agglomération de Mulhouse"]),  # not merged: the text does not make it one body with M2A (§16)
    O("Mulhouse Alsace Agglomération", "public_body", ["Mulhouse Alsace Agglomération", "M2A"],
      aliases=["M2A"]),
    O("Peugeot", "company", ["Peugeot"]),
    O("KM0", "other", ["KM0"]),
    O("Espace 34", "other", ["Espace 34"]),

    L("Mulhouse", ["maire de [Mulhouse]", "KM0 à [Mulhouse]"]),

    D("années 1980", "198X"),
    D("septembre dernier", None, relative=True),
    D("fin d'année dernière", None, relative=True),
]

UNANNOTATED = []
