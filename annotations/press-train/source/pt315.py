# pt315 — objectif-languedoc-roussillon.latribune.fr, Occitanie, VCs and business angels after lockdown (2020)
BODY_START = None
BODY_END = None

RECORDS = [
    P("Corinne d'Agrain", ["Corinne d'Agrain"],
      roles=[("[présidente] d'Irid", "Irdi Soridec Gestion")]),

    O("Irdi Soridec Gestion", "other", ["Irdi Soridec Gestion", "Irid-Soridec"], aliases=["Irid-Soridec"]),  # §16 kind (was company)
    O("Melies Business Angels", "other", ["Melies Business Angels", "[Melies] s'est"], aliases=["Melies"]),
    O("Capitole Angels", "other", ["Capitole Angels"]),
    O("Occitanie Angels", "other", ["Occitanie Angels"]),
    O("AB7", "company", ["AB7"]),
    O("Phost'In Therapeutics", "company", ["Phost'In Therapeutics"]),
    O("Toopi Organics", "company", ["Toopi Organics"]),

    L("Toulouse", [("Toulouse", 1), ("Toulouse", 2), ("Toulouse", 3)]),
    L("Montpellier", [("Montpellier", 1), ("Montpellier", 2), ("Montpellier", 3)]),
    L("Bordeaux", [("Bordeaux", 1), ("Bordeaux", 2)]),
    L("Occitanie", ["en [Occitanie]"]),
    L("Nouvelle Aquitaine", ["Nouvelle Aquitaine"]),
    L("Deyme", ["Deyme"]),
    L("Langon", ["Langon"]),
    L("Sud Gironde", ["Sud Gironde"]),

    M("110 investisseurs actifs", "Melies Business Angels", 110, "investisseurs actifs", "about"),

    D("En [2016]", "2016"),
]

UNANNOTATED = []
