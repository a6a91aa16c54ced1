# pt417 — nrblog.fr (2014), business nurseries of Tour(s)plus.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Indre-et-Loire", ["Indre-et-Loire"]),
    L("Tours", ["à [Tours], Joué", "puis à [Tours]", "trois fois à [Tours]"]),
    L("Joué-lès-Tours", [("Joué-lès-Tours", 1), ("Joué-lès-Tours", 2)]),
    L("Amboise", [("Amboise", 1), ("Amboise", 2)]),
    L("France", [("France", 1), ("France", 2)]),
    D("en [2012]", "2012"),
    O("Tour(s)plus", "public_body", [("Tour(s)plus", 1), ("Tour(s)plus", 2)]),
    O("Interfaces", "company", [("Interfaces", 1), ("Interfaces", 2)]),
    P("Pierre-Guy Bichot", ["Pierre-Guy Bichot"], roles=[("le [directeur] des deux", None)]),  # of the nurseries (no record)
    O("Crédit mutuel", "company", ["Crédit mutuel"]),
    O("Banque populaire", "company", ["Banque populaire"]),
    O("Chrissand Conseils", "company", ["Chrissand Conseils"]),
    O("In Extenso", "company", ["In Extenso"]),
    O("Centre Jeunes dirigeants", "other", ["Centre Jeunes dirigeants"]),
]

UNANNOTATED = []
