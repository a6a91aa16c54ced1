# pt632 — region-aura.latribune.fr, Digital Grenoble elects its board (2014)
BODY_END = None

RECORDS = [
    P("Jean-Pierre Verjus", [("Jean-Pierre Verjus", i) for i in range(1, 4)],
      roles=[("leur [président]", "Digital Grenoble"),      # one role per span (§15)
             ("président du CA", "Digital Grenoble"),
             ("le nouveau [président]", "Digital Grenoble")]),

    O("Digital Grenoble", "other", [("Digital Grenoble", i) for i in range(1, 4)]),
    O("CCI de Grenoble", "public_body", [("CCI de Grenoble", 1), ("CCI de Grenoble", 2)]),
    O("CEA", "education_research", ["CEA"]),
    O("Grenoble INP", "education_research", ["Grenoble INP"]),
    O("GEM", "education_research", ["GEM"]),
    O("Atos", "company", ["Atos"]),
    O("ERDF", "company", ["ERDF"]),
    O("Schneider Electric", "company", ["Schneider Electric"]),
    O("Orange", "company", ["Orange"]),
    O("Spartoo", "other", ["Spartoo"]),  # §16: the list heading says nothing of each; no cue of its own
    O("Eveon", "other", ["Eveon"]),  # §16: the list heading says nothing of each; no cue of its own
    O("BonitaSoft", "other", ["BonitaSoft"]),  # §16: the list heading says nothing of each; no cue of its own
    O("Petite Mousse", "other", ["Petite Mousse"]),  # §16: the list heading says nothing of each; no cue of its own
    O("Start-up Maker", "other", ["Start-up Maker"]),
    O("Cowork in Grenoble", "other", ["Cowork in Grenoble"]),
    O("Metro", "other", ["Metro"]),  # §16: the list heading says nothing of each; no cue of its own
    O("AEPI", "other", ["AEPI"]),  # §16: the list heading says nothing of each; no cue of its own
    O("Pays Voironnais", "other", ["Pays Voironnais"]),  # §16: the list heading says nothing of each; no cue of its own
    O("Minalogic", "other", ["Minalogic"]),
    O("Cluster Edit", "association", ["Cluster Edit"]),
    O("Inovallée", "other", ["Inovallée"]),
    O("Grenoble Angels", "other", ["Grenoble Angels"]),

    L("Grenoble", ["[Grenoble] est aussi", "preuves à [Grenoble]", "créé à [Grenoble]"]),

    M("333 adhérents", "Digital Grenoble", 333, "adhérents"),

    D(("mercredi 10 décembre", 1), "XXXX-12-10"),
    D(("mercredi 10 décembre", 2), "XXXX-12-10"),
]

UNANNOTATED = []
