# pt449 — tendanceouest.com (2017), the Kaléidoscope coworking space and fablab (Petit-Quevilly).
BODY_START = "Les espaces de coworking ont le vent en poupe"
BODY_END = None

RECORDS = [
    L("Seine-Maritime", [("Seine-Maritime", 1), ("Seine-Maritime", 2)]),
    L("Kaléidoscope", [("Kaléidoscope", 1), ("Kaléidoscope", 2), ("Kaléidoscope", 3), ("Kaléidoscope", 4)]),  # the venue, "porté par" the Scop Les copeaux numériques
    D("ce [lundi 11 septembre 2017], rejoint", "2017-09-11"),
    L("Chartreuse Saint-Julien", ["Chartreuse Saint-Julien"]),
    D("Depuis ce [lundi 11 septembre 2017]", "2017-09-11"),
    L("Petit-Quevilly", ["Petit-Quevilly"]),
    O("Les copeaux numériques", "company", ["Les copeaux numériques"]),
    P("Frédéric Sanchez", ["Frédéric Sanchez"], roles=[("le [maire] de la commune", None)]),
    P("Caroline Degrave", ["Caroline Degrave"]),
    P("François Marquetty", ["François Marquetty"]),
    A("8€", 8),
    A("5€ à 36€", 5, value_max=36),
]

UNANNOTATED = []
