# pt618 — colmar.tech, Strasbourg start-up ecosystem
BODY_END = "En savoir plus sur lesechos"

RECORDS = [
    P("Yann Klis", ["Yann Klis"], roles=[("coordinateur", "Strasbourg Startup")]),
    P("Patrick G’Styr", ["Patrick G’Styr"], roles=[("G’Styr [directeur] de", None)]),  # the pépinière of Hautepierre is unnamed
    P("Michel Hussherr", ["Michel Hussherr"], roles=[("le [directeur] de l’incubateur", "SEMIA")]),

    O("SEMIA", "other", [("SEMIA", 1), ("SEMIA", 2)]),
    O("Strasbourg Startup", "association", ["Strasbourg Startup"]),
    O("Cap Innov’Est", "other", ["Cap Innov’Est"]),
    O("Alsace Business Angels", "other", ["Alsace Business Angels"]),

    L("Strasbourg", [("Strasbourg", 1), ("Strasbourg", 2), ("Strasbourg", 4)]),
    L("France", ["France"]),
    L("Allemagne", [("Allemagne", 1), ("Allemagne", 2)]),
    L("Paris", ["Paris"]),
    L("Berlin", ["Berlin"]),
    L("LGV Est Européenne", ["LGV Est Européenne"]),
    L("Hautepierre", ["Hautepierre"]),
    L("Alsace", ["investisseur en [Alsace]"]),

    D("l’[été passé]", None, relative=True),
]

UNANNOTATED = []
