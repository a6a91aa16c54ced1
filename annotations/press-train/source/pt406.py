# pt406 — msn.com (Le Parisien), Technopole de l'Aube en Champagne.
BODY_START = "A Troyes, « les start-uppers"
BODY_END = None

RECORDS = [
    P("Francis Bécard", [("Francis Bécard", 1), ("Francis Bécard", 2)],
      roles=[(("directeur général", 1), "Technopole de l’Aube en Champagne"),
             (("directeur général", 2), "Technopole de l’Aube en Champagne")]),
    P("Jacques Poncet", ["Jacques Poncet"]),  # byline
    P("VALERY HACHE", ["VALERY HACHE"]),  # photo credit

    O("Le Parisien", "media", [("Le Parisien", 1), ("Le Parisien", 2)]),
    O("Technopole de l’Aube en Champagne", "other",
      [("Technopole de l’Aube en Champagne", 1), ("Technopole de l’Aube en Champagne", 2),
       ("Technopole de l’Aube en Champagne", 3)]),

    L("Troyes", [("Troyes", 1), ("Troyes", 2), ("Troyes", 3)]),
    L("Île-de-France", ["Île-de-France"]),

    D("17/05/2022", "2022-05-17"),  # publication stamp
    D("lieu [cette année]", None, relative=True),
    D("les [29 et 30 juin]", "XXXX-06-29", value_end="XXXX-06-30"),
    D("le [1er juillet]", "XXXX-07-01"),
    D("jusqu’au [20 mai]", "XXXX-05-20"),
]

UNANNOTATED = []
