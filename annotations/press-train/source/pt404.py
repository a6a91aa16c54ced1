# pt404 — lejournaldesentreprises.com, Mulhouse Technopole.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Laurent Riche", [("Laurent Riche", 1), ("Laurent Riche", 2), ("Laurent Riche", 3)],
      roles=[("[vice-président en charge de l'Innovation]", "Mulhouse Alsace Agglomération"),
             ("en prendre la [présidence]", None, "président")]),  # "le Technopole": generic reference, no record
    P("Jean Rottner", ["Jean Rottner"],
      roles=[("Rottner, [maire] de", None),  # Mulhouse, the place
             ("[président] de M2A", "Mulhouse Alsace Agglomération")]),
    P("Corinne Patuel", ["Corinne Patuel"],
      roles=[("sa [directrice]", None)]),  # of "le Technopole" (no record)

    O("agglomération de Mulhouse", "public_body", ["agglomération de Mulhouse"]),
    O("Mulhouse Alsace Agglomération", "public_body", ["Mulhouse Alsace Agglomération", "M2A"],
      aliases=["M2A"]),
    O("Peugeot", "company", ["Peugeot"]),
    O("KM0", "other", ["KM0"]),
    O("Espace 34", "other", ["l'[Espace 34]"]),

    L("Mulhouse", ["maire de [Mulhouse]", "KM0 à [Mulhouse]"]),

    D("les [années 1980]", "198X"),
    D("[septembre dernier]", None, relative=True),
    D("créé en [fin d'année dernière]", None, relative=True),
]

UNANNOTATED = []
