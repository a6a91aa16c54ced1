# pt828 — pressreader (La Montagne, Clermont-Ferrand), the 54 M€ Jeremie 2 scheme for Auvergne SMEs (2016)
BODY_START = None
BODY_END = None

RECORDS = [
    P("Patrice Campo", ["Patrice Campo"]),       # byline
    P("Bernard Schoumacher", ["Bernard Schoumacher"], roles=[("président", "CCI Auvergne")]),
    P("Brice Hortefeux", ["Brice Hortefeux"], roles=[("viceprésident", None)]),   # "du Conseil régional": no region named (§5)

    O("La Montagne", "media", ["La Montagne"]),
    O("CCI Auvergne", "public_body", ["CCI Auvergne"]),
    O("Sofimac Partners", "company", ["Sofimac Partners"]),    # "société privée"
    O("Europe", "public_body", ["l’[Europe], qui finance"]),   # the EU, funding through the Feder

    L("Clermont-Ferrand", ["Clermont-Ferrand"]),
    L("casino de Royat", ["casino de Royat"]),
    L("Auvergne", ["en [Auvergne]"]),
    L("RhôneAlpes", ["RhôneAlpes"]),

    A(("54 M€", 1), 54000000),      # the scheme's envelope: no link
    A(("54 M€", 2), 54000000),
    D("jeudi soir", None, relative=True),
    D("depuis [2009]", "2009"),
    A("25,2 M€", 25200000),
    A("Avec [54 millions]", 54000000),   # context currency
    D("d’ici [2023]", "2023"),
    A("14 M€", 14000000),
    A("15 M€", 15000000),
    A("5 M€", 5000000),
]

# "Jeremie 2", "Jeremie 1": a funding scheme ("le dispositif"), not organizations; "Feder": a programme.
UNANNOTATED = []
