BODY_START = "Convention d’objectifs et de moyens"   # page chrome and document title before it
BODY_END = None
# «l'Association», «le Pôle», «Communauté d'Agglomération», «les Parties»: defined terms (generic).
# The CIADT of 14 septembre 2004 is a meeting. Siren numbers and postal codes: nothing.

PMA = "Pays de Montbéliard Agglomération"
PM = "Pôle des Microtechniques"
RECORDS = [
    P("Charles DEMOUGE", ["Monsieur Charles DEMOUGE"],
      roles=[("son [Président] en exercice", PMA)]),
    P("Etienne BOYER", ["Monsieur Etienne BOYER"],
      roles=[("son [Président], Monsieur Etienne", PM)]),

    O(PMA, "public_body", [(PMA, 1), (PMA, 2), (PMA, 3), "PMA"], aliases=["PMA"]),
    O(PM, "association", [(PM, 1), (PM, 2)]),
    O("communauté d’agglomération du Grand Besançon", "public_body",
      ["communauté d’agglomération du Grand Besançon"]),

    L("Avenue des Alliés", ["Avenue des Alliés"]),
    L("MONTBELIARD", ["MONTBELIARD"]),
    L("Maison des Microtechniques", ["Maison des Microtechniques"]),
    L("rue Alain Savary", ["rue Alain Savary"]),
    L("Besançon", ["Savary à [Besançon]"]),

    D("Microtechniques [2020]", "2020"),
    D("20 février 2020", "2020-02-20"),
    D("14 septembre 2004", "2004-09-14"),
    D("Depuis [2009]", "2009"),
]

UNANNOTATED = []
