# pt306 — pressreader.com (La Tribune), Nouvelle-Aquitaine, Bordeaux start-up funding in the 2020 crisis
BODY_START = "STARTUPS : VERS"   # the first line "La Tribune" is the kiosk's publication label
BODY_END = None
# "Lire aussi : …" is a related link inside the body: names only (none here).

RECORDS = [
    P("PIERRE CHEMINADE", ["PIERRE CHEMINADE"]),   # byline
    P("Stéphane Rochon", ["Stéphane Rochon"],
      roles=[("[directeur général] de l'incubateur", "Unitec")]),

    O("Toopi Organics", "company", ["Toopi Organics"]),
    O("Meditect", "company", ["Meditect"]),
    O("Blue Valet", "company", ["Blue Valet"]),
    O("La Tribune", "media", ["La Tribune"]),
    O("Unitec", "other", ["Unitec"]),

    L("Bordeaux", ["BORDEAUX", "Bordeaux"]),
    L("Nouvelle-Aquitaine", ["Nouvelle-Aquitaine"]),

    A("1 M€", 1000000, to="Toopi Organics"),
    A("1,5 M€", 1500000, to="Meditect"),
    A("50.000 €", 50000),
    A("100.000 €", 100000),

    D("mi-avril", "XXXX-04", mod="MID"),
    D("en [2020]", "2020"),
]

UNANNOTATED = []
