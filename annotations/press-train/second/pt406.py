# pt406 (second annotation, annotator 3) — Technopole de l'Aube en Champagne (Le Parisien via MSN, 2022)
BODY_START = "A Troyes, «"   # the first line is the portal's browser warning
BODY_END = None
# "logo de Le Parisien Le Parisien 17/05/2022 Jacques Poncet": page metadata (source, stamp, byline).
# "Plug and Start": an event.

RECORDS = [
    P("Jacques Poncet", ["Jacques Poncet"]),   # byline
    P("Francis Bécard", [("Francis Bécard", 1), ("Francis Bécard", 2)],
      roles=[(("directeur général", 1), "Technopole de l’Aube en Champagne"),
             (("directeur général", 2), "Technopole de l’Aube en Champagne")]),
    P("VALERY HACHE", ["VALERY HACHE"]),   # photo credit

    O("Le Parisien", "media", [("Le Parisien", 1), ("Le Parisien", 2)]),
    O("Technopole de l’Aube en Champagne", "other",
      [("Technopole de l’Aube en Champagne", 1), ("Technopole de l’Aube en Champagne", 2),
       ("Technopole de l’Aube en Champagne", 3)]),  # "La Technopole": common-noun anaphora (§2)

    L("Troyes", [("Troyes", 1), ("Troyes", 2), ("Troyes", 3)]),
    L("Île-de-France", ["Île-de-France"]),

    D("17/05/2022", "2022-05-17"),   # publication stamp
    D("cette année", None, relative=True),
    D("29 et 30 juin", "XXXX-06-29", value_end="XXXX-06-30"),
    D("1er juillet", "XXXX-07-01"),
    D("20 mai", "XXXX-05-20"),
]

UNANNOTATED = []
