# pt654 — mayottehebdo.com, interview of Dhitoimaraini Foundi (Maoré Digital)
BODY_END = None

RECORDS = [
    P("Dhitoimaraini Foundi", [("Dhitoimaraini Foundi", 1), ("Dhitoimaraini Foundi", 2)],
      roles=[("Cofondateur", None)]),       # of an unnamed investment platform

    O("Flash Infos", "media", ["Flash Infos"]),           # the interviewer's label ("FI" later: initials)
    O("Café de l’Entrepreneur", "other", ["Café de l’Entrepreneur"]),

    L("île Maurice", ["île Maurice"]),
    L("Mayotte", [("Mayotte", 1), ("Mayotte", 2), ("Mayotte", 3)]),
    L("Paris", ["Paris"]),
    L("Londres", ["Londres"]),
]

UNANNOTATED = []
