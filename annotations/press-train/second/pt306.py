# pt306 (second annotation, annotator 2): La Tribune Bordeaux, start-up fundraising in the 2020 crisis.
BODY_START = "STARTUPS : VERS"  # "La Tribune" header line is the site's name
BODY_END = None  # the "Lire aussi" line is mid-body and names nothing

RECORDS = [
    P("PIERRE CHEMINADE", ["PIERRE CHEMINADE"]),
    P("Stéphane Rochon", ["Stéphane Rochon"], roles=[("directeur général", "Unitec")]),

    O("Toopi Organics", "company", ["Toopi Organics"]),
    O("Meditect", "company", ["Meditect"]),
    O("Blue Valet", "company", ["Blue Valet"]),
    O("La Tribune", "media", ["La Tribune"]),
    O("Unitec", "other", ["Unitec"]),

    L("Bordeaux", ["BORDEAUX", "à [Bordeaux] et"]),
    L("Nouvelle-Aquitaine", ["Nouvelle-Aquitaine"]),

    A("1 M€", 1000000, to="Toopi Organics"),
    A("1,5 M€", 1500000, to="Meditect"),
    A("50.000 €", 50000),
    A("100.000 €", 100000),

    D("mi-avril", "XXXX-04", mod="MID"),
    D("en [2020]", "2020"),
]
UNANNOTATED = []
