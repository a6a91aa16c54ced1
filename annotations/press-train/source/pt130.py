# Medium (Strasbourg startups) 2019: launch barcamp of French Tech Strasbourg.
BODY_START = None
BODY_END = None

F = "French Tech Strasbourg"
RECORDS = [
    P("Sébastien Derivaux", ["Sébastien Derivaux"]),  # author byline
    P("Karl", ["Karl"], roles=[(None, "Semia")]),             # "Karl de Semia"
    P("Catherine", ["Catherine"], roles=[(None, "Alsace Digitale")]),
    P("Jessica", ["Jessica"], roles=[(None, "Alsace Digitale")]),
    P("Claire", ["Claire"], roles=[(None, "LornTech")]),

    O(F, "other", [(F, n) for n in range(1, 7)] + [("FTS", 1), ("FTS", 2), ("FTS", 3)], aliases=["FTS"]),
    O("Semia", "other", ["Semia"]),
    O("Alsace Digitale", "other", ["Alsace Digitale"]),
    O("LornTech", "other", ["LornTech"]),
    O("mission French Tech", "public_body", ["mission French Tech"]),

    D("Samedi 4 Mai 2019", "2019-05-04"),
]
UNANNOTATED = []
