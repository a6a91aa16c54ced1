BODY_START = None
BODY_END = None
# "la Région" (generic, no record): its envelopes have no funder link. Kap Numérik (scheme),
# REACT UE and FEDER (EU programmes), "La Réunion des communs" (event): no records.

RECORDS = [
    # chairs the commission permanente, an internal body of the conseil régional (no record)
    P("Huguette Bello", ["Huguette Bello"],
      roles=[("sous la [présidence] d'Huguette", None, "présidente")]),

    O("www.imazpress.com", "media", ["www.imazpress.com"]),   # photo credit
    O("CEMEA", "association", ["CEMEA"]),
    O("Aérotech OI", "association", ["Aérotech OI"]),

    A("1 000 000 euros", 1000000),
    A("6 M€", 6000000),
    A("10 000 euros", 10000, to="CEMEA"),
    A("20 000 euros", 20000, to="Aérotech OI"),

    D("vendredi 2 juin 2023", "2023-06-02"),
    D("31 mars 2023", "2023-03-31"),
]

UNANNOTATED = []
