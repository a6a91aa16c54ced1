# pt677 — entreprendre-wa.com, interview of Jean Rottner (Région Alsace Champagne-Ardenne Lorraine)
BODY_END = None
RACAL = "Région Alsace Champagne-Ardenne Lorraine"

RECORDS = [
    P("Jean Rottner", ["Jean Rottner"], roles=[("vice président", RACAL)]),

    O(RACAL, "public_body", [(RACAL, 1), (RACAL, 2)]),
    O("Cap Innov Est", "other", ["Cap Innov Est"]),
    O("Fonds Venture Numérique", "other", ["Fonds Venture Numérique"]),
    O("km0", "other", ["km0"]),
    O("TCRM-Blida", "other", ["TCRM-Blida"]),
    O("Technopole de l’Aube", "other", ["Technopole de l’Aube"]),
    O("LORnTECH", "other", ["LORnTECH"]),

    L("Alsace", ["8M€ en [Alsace]", "labellisées en [Alsace]"]),
    L("Lorraine", ["1,6M€ en [Lorraine]", "et en [Lorraine]"]),
    L("Mulhouse", ["Mulhouse"]),
    L("Metz", ["Metz"]),

    A("8M€", 8000000, by=["Cap Innov Est"]),
    A("1,6M€", 1600000, by=["Fonds Venture Numérique"]),

    D("automne 2014", "2014-FA"),
]

UNANNOTATED = []
