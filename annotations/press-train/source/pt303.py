# pt303 — lejournaldesentreprises.com, Pays de la Loire, start-up funding in 2023
BODY_START = "Le financement des start-up"   # the first line is the site's section label
BODY_END = None
# The tag line "Enquête Pays de la Loire # …" and "S'abonner" are chrome inside the body: names only.

RECORDS = [
    P("Anaïs Vivion", ["Anaïs Vivion"],
      roles=[("[dirigeante] de Beapp", "Beapp"),
             ("[dirigeante] de Beapp", "Képhyre"),
             ("[présidente] de la French Tech", "French Tech Nantes")]),
    P("Florian Hervéou", ["Florian Hervéou"],
      roles=[("[cofondateur] du Startup Palace", "Startup Palace"),
             ("[cofondateur] du Startup Palace", "_icilundi"),
             ("co-organisateur", None)]),   # of an event (Zero to one), not an organization
    P("Mickaël Froger", ["Mickaël Froger"],
      roles=[("[cofondateur] de mimbi", "mimbi"),
             ("[ex dirigeant] et fondateur", "Lengow"),
             ("ex dirigeant et [fondateur] de Lengow", "Lengow")]),
    P("David Pouilloux", ["David Pouilloux"]),   # photo credit

    O("Beapp", "company", [("Beapp", 1), ("Beapp", 2)]),
    O("Képhyre", "company", ["Képhyre"]),
    O("French Tech Nantes", "other", ["French Tech Nantes"]),
    O("Startup Palace", "other", ["Startup Palace"]),
    O("_icilundi", "company", ["_icilundi"]),
    O("mimbi", "company", ["mimbi"]),
    O("Lengow", "company", ["Lengow"]),

    L("Pays de la Loire", [("Pays de la Loire", 1), ("Pays de la Loire", 2),
                           ("Pays de la Loire", 3), ("Pays de la Loire", 4)]),
    L("France", ["en [France]"]),

    D("s’est écroulé en [2023]", "2023"),
    D("se sont écroulées en [2023]", "2023"),
]

UNANNOTATED = []
