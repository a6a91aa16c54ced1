# pt303 (second annotation, annotator 2): start-up funding in Pays de la Loire (2023/2024).
BODY_START = "Le financement des start-up connaît-il"  # line 1 "Pays de la Loire" is the site's region tag
BODY_END = None

PDL = "Pays de la Loire"
RECORDS = [
    P("Anaïs Vivion", ["Anaïs Vivion"],
      roles=[("dirigeante", "Beapp"), ("dirigeante", "Képhyre"),
             ("présidente", "French Tech Nantes")]),
    P("Florian Hervéou", ["Florian Hervéou"],
      roles=[("Hervéou, [cofondateur] du", "Startup Palace"),
             ("Hervéou, [cofondateur] du", "_icilundi"),
             ("co-organisateur", None)]),
    P("Mickaël Froger", ["Mickaël Froger"],
      roles=[("Froger, [cofondateur] de", "mimbi"),
             ("ex dirigeant", "Lengow"),
             ("et [fondateur] de Lengow", "Lengow")]),
    P("David Pouilloux", ["David Pouilloux"]),

    O("Beapp", "company", [("Beapp", 1), ("Beapp", 2)]),
    O("Képhyre", "company", ["Képhyre"]),
    O("French Tech Nantes", "other", ["French Tech Nantes"]),
    O("Startup Palace", "other", ["Startup Palace"]),
    O("_icilundi", "company", ["_icilundi"]),
    O("mimbi", "company", ["mimbi"]),
    O("Lengow", "company", ["Lengow"]),

    L(PDL, [(PDL, i) for i in (1, 2, 3, 4)]),
    L("France", ["France"]),

    D(("2023", 1), "2023"),
    D(("2023", 2), "2023"),
]
UNANNOTATED = []
