# pt463 — belledemai.org, first laureates of Bpifrance's Bourse French Tech in PACA.
BODY_START = None
BODY_END = None

RECORDS = [
    # "Bourse French Tech", "la bourse French Tech": a programme
    O("Bpifrance", "public_body", [("Bpifrance", 1), ("Bpifrance", 2), ("Bpifrance", 3), ("Bpifrance", 4)]),
    L("Région PACA", [("Paca", 1), ("Paca", 2), "Région PACA"]),  # "en Région PACA": the territory
    D("en [début d’année]", None, mod="START", relative=True),
    D("[ce printemps]", None, relative=True),
    D("[cette année], 800", None, relative=True),
    A("800 000€", 800000),  # §16: the bourse's yearly envelope, no funding link
    P("Claude Laï", [("Claude Laï", 1), ("Claude Laï", 2)],
      roles=[("[chargé d’affaires] pour", "Bpifrance")]),
    O("BizMeeting", "company", [("BizMeeting", 1), ("BizMeeting", 2), ("BizMeeting", 3)]),
    P("Loïc Passemard", ["Loïc Passemard"], roles=[("il a [fondé] au", "BizMeeting", "fondateur")]),
    D("fondé au [printemps]", "XXXX-SP"),
]

UNANNOTATED = []
