# pt728 — objectif-languedoc-roussillon.latribune.fr, the minister announces the French Tech Tremplin laureates in Montpellier (2023)
BODY_START = "« Il y a dix ans"     # " date 2023-12 ": store prefix
BODY_END = None
FTM = "French Tech Méditerranée"

RECORDS = [
    D("Il y a dix ans", None, relative=True),
    L("France", ["France"]),
    P("Jean-Noël Barrot", [("Jean-Noël Barrot", 1), ("Jean-Noël Barrot", 2)],
      roles=[("Selon le [ministre]", None)]),
    L("Halle de l'Innovation", ["Halle de l'Innovation"]),
    L("Montpellier", [("Montpellier", 1), ("Montpellier", 2)]),
    D("ce [15 décembre]", "XXXX-12-15"),
    D("Lancé en [2019]", "2019"),
    D("En [2023]", "2023"),
    L("Occitanie", ["Occitanie"]),
    P("Nordine El Ouachmi", ["Nordine El Ouachmi"],
      roles=[("Ouachmi, [président]", FTM), ("[fondateur] de Bureaux", "Bureaux & Co")]),
    O(FTM, "other", [FTM]),
    O("Bureaux & Co", "company", ["Bureaux & Co"]),
]
UNANNOTATED = []
