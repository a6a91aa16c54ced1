# pt706 — midenews.com, Occitanie's French Tech capitals and communities, their leaders (2019)
BODY_START = None
BODY_END = None
FTM = "French Tech Méditerranée"

RECORDS = [
    L("Montpellier", [("Montpellier", i) for i in range(1, 5)]),
    L("Toulouse", [("Toulouse", i) for i in range(1, 5)]),
    L("Gard", [("Gard", 1), ("Gard", 2)]),
    L("Perpignan", [("Perpignan", 1), ("Perpignan", 2)]),
    L("Pyrénées-Adour", [("Pyrénées-Adour", 1), ("Pyrénées-Adour", 2)]),   # labelled territories
    L("Occitanie/Pyrénées-Méditerranée", ["Occitanie/Pyrénées-Méditerranée"]),
    O(FTM, "other", [(FTM, 1), (FTM, 2)]),
    L("Tarbes", ["Tarbes"]),
    P("Sandrine Jullien-Rouquié", ["Sandrine Jullien-Rouquié"], roles=[("la [directrice] de l’entreprise", "Ludilabel")]),
    O("Ludilabel", "company", ["Ludilabel"]),
    M("[9 entreprises]", None, 9, "entreprises"),      # "une association de 9 entreprises": the Toulouse association, not named
    P("Frédéric Salles", ["Frédéric Salles"], roles=[("Salles, [patron]", "Matooma"), (None, FTM)]),   # "qui dirigera la French Tech Méditerranée"
    O("Matooma", "company", ["Matooma"]),
    O("MID e-news", "media", ["MID e-news"]),            # the outlet's signature line
]
UNANNOTATED = []
