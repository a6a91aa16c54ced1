# pt340 — interentreprises.com, Guadeloupe, start-ups lunch with Emmanuel Macron
BODY_START = "Innovations / Recherche"   # "Start-up": the site's section label
BODY_END = None
# "Haïti Tech Summit": an event. "un président de la République": generic.

RECORDS = [
    P("Emmanuel Macron", [("Emmanuel Macron", i) for i in range(1, 5)],
      roles=[("le [président] Emmanuel", None)]),

    O("BPI", "public_body", ["BPI"]),

    L("Guadeloupe", [("Guadeloupe", 1), ("Guadeloupe", 2), ("Guadeloupe", 3)]),
]

UNANNOTATED = []
