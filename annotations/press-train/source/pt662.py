# pt662 — region-sud.latribune.fr, Marseille Innovation's seed fund (2022)
BODY_START = "L'objectif :"     # " date 2022-06 " is the store's prefix
BODY_END = None
MI = "Marseille Innovation"

RECORDS = [
    P("Laurence Olivier", [("Laurence Olivier", 1), ("Laurence Olivier", 2)],
      roles=[("sa [directrice générale]", MI)]),

    O(MI, "other", [(MI, 1), (MI, 2)]),

    A("30.000 euros", 30000, by=[MI]),     # mobilised by its fund for the start-ups
]

UNANNOTATED = []
