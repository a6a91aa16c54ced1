# Petites Affiches 2021: French Tech Côte d'Azur's new board and co-presidents.
BODY_START = None
BODY_END = None

F = "French Tech Côte d’Azur"
C = "club des entrepreneurs de Grasse"
RECORDS = [
    P("Cédric Messina", [("Cédric Messina", 1), ("Cédric Messina", 2)],
      roles=[("reste [co-président]", F), ("[fondateur] et PDG de My Coach", "My Coach"), ("PDG", "My Coach")]),
    P("Frédéric Bossard", ["Frédéric Bossard"],
      roles=[(None, F),  # "avec désormais à ses côtés", succeeding a co-president
             ("responsable", "WACAN"), ("[co-président] de Telecom Valley", "Telecom Valley")]),
    P("Éric Leandri", ["Éric Leandri"]),
    P("Nathalie Orvoen", ["Nathalie Orvoen"],
      roles=[("présidente-fondatrice", "Les Potageurs"), ("[membre] de Nice Start Up", "Nice Start Up"),
             ("vice-présidents", F)]),
    P("Michel Gschwind", ["Michel Gschwind"],
      roles=[("[président] du groupe ARFITEC", "ARFITEC"), ("[président] du club des entrepreneurs", C),
             ("vice-présidents", F)]),

    O(F, "other", [(F, 1), (F, 2)]),
    O("WACAN", "company", ["WACAN"]),
    O("Telecom Valley", "other", ["Telecom Valley"]),  # §16 kind (was association)
    O("My Coach", "company", ["My Coach"]),
    O("Les Potageurs", "company", ["Les Potageurs"]),
    O("Nice Start Up", "association", ["Nice Start Up"]),
    O("ARFITEC", "company", ["ARFITEC"]),
    O(C, "association", [C]),

    L("Nice", [": [Nice], Sophia", "Sophia et [Nice]"]),
    L("Sophia-Antipolis", ["Sophia-Antipolis", "surtout [Sophia] et"]),
    L("Cannes", [("Cannes", 1), ("Cannes", 2), ("Cannes", 3)]),
    L("Grasse", [("Grasse", 1), ("Grasse", 3), ("Grasse", 4)]),

    D("29 avril 2021", "2021-04-29"),
    D("lundi 26 avril", "XXXX-04-26"),
]
UNANNOTATED = []
