# pt105 (second annotation, annotator 6) — memento.fr, French Tech Connect 2025 in La Réunion
BODY_END = None

RECORDS = [
    P("Sarra Vencatachellum", ["Sarra Vencatachellum"],
      roles=[("Vencatachellum, [présidente] de", "French Tech Réunion")]),
    P("Maya Cesari", ["Maya Cesari"], roles=[("représentante", "Région Réunion")]),

    O("Mémento", "media", ["Mémento"]),            # photo credit "Photo Mémento"
    O("French Tech Réunion", "other", ["French Tech Réunion"]),
    O("RATP", "company", ["RATP"]),
    O("Alstom", "company", ["Alstom"]),
    O("Région Réunion", "public_body", ["Région Réunion"]),

    L("Villa Fleurié", ["Villa Fleurié"]),
    L("France", ["France"]),
    L("La Réunion", ["La Réunion"]),

    D("French Tech Connect [2025]", "2025"),      # the edition's year in the title
    D("20 au 23 mai", "XXXX-05-20", value_end="XXXX-05-23"),
    D("Cette semaine", None, relative=True),      # the event's week, deictic (§15)
    D("cette semaine-là", None, relative=True),
]

UNANNOTATED = []
