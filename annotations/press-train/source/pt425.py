# pt425 — makery.info (2016), roundup of fablab openings.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Haute-Savoie", ["Haute-Savoie"]),
    L("Saint-Julien-en-Genevois", ["Saint-Julien-en-Genevois"]),
    D("depuis [mi-septembre]", "XXXX-09", mod="MID"),
    O("Fabulien", "other", ["Fabulien"]),
    L("Boitron", ["Boitron"]),
    L("Orne", ["Orne"]),
    O("L’Ecloserie numérique", "association", ["L’Ecloserie numérique"]),
    D("la [semaine prochaine]", None, relative=True),
    P("Xavier de Mazenod", ["Xavier de Mazenod"], roles=[("son [coordinateur]", "L’Ecloserie numérique")]),
    L("Paris", ["A [Paris]"]),
    O("Centre Pompidou", "other", ["Centre Pompidou"]),
    D("le [17 septembre]", "XXXX-09-17"),
    L("La Fabrique", ["La Fabrique"]),  # a fab lab space hosted by the Centre Pompidou
    L("Créteil", ["Créteil"]),
    L("Val-de-Marne", ["Val-de-Marne"]),
    L("Diplab", ["Diplab"]),  # a fab lab space set up "sous l'impulsion du collectif In-Dialog"
    O("In-Dialog", "other", ["In-Dialog"]),
    L("quartier des Bleuets", ["quartier des Bleuets"]),
    L("Indre-et-Loire", ["Indre-et-Loire"]),
    O("Funlab", "other", ["Funlab"]),
    L("Tours", ["Tours"]),
    D("le [30 septembre]", "XXXX-09-30"),
    L("Mame", ["Mame"]),
    L("Rhône", ["Rhône"]),
    L("Lyon", ["Lyon"]),
    O("Attom", "other", ["Attom"]),
    D("inauguré [mi-septembre]", "XXXX-09", mod="MID"),
    O("Petit fablab de Paris", "other", ["Petit fablab de Paris"]),
]

UNANNOTATED = []
