# memento 2025: French Tech Connect week in La Réunion.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Sarra Vencatachellum", ["Sarra Vencatachellum"],
      roles=[("Vencatachellum, [présidente] de la French", "French Tech Réunion")]),
    P("Maya Cesari", ["Maya Cesari"], roles=[("représentante", "Région Réunion")]),

    O("Mémento", "media", ["Mémento"]),  # photo credit
    O("French Tech Réunion", "other", ["French Tech Réunion"]),
    O("RATP", "company", ["RATP"]),
    O("Alstom", "company", ["Alstom"]),
    O("Région Réunion", "public_body", ["Région Réunion"]),

    L("Villa Fleurié", ["Villa Fleurié"]),
    L("France", ["[France] hexagonale"]),  # §16: descriptive adjective outside the place span
    L("La Réunion", ["La Réunion"]),

    D("French Tech Connect [2025]", "2025"),
    D("Du [20 au 23 mai]", "XXXX-05-20", value_end="XXXX-05-23"),
    D("« [Cette semaine] a été", None, relative=True),
    D("cette semaine-là", None, relative=True),
]
UNANNOTATED = []
