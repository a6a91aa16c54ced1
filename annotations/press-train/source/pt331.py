# pt331 — pemagazine.fr, Normandie, Normandie Littoral fund grows to 9 M€ (2024)
BODY_START = None
BODY_END = None
# "La Région" (no name) is generic: the capital it brings gets no funder link.

RECORDS = [
    P("Christian Frémaux", ["Christian Frémaux"],
      roles=[(None, "Normandie Littoral")]),   # "Christian Frémaux, Normandie Littoral"

    O("Normandie Littoral", "company", [("Normandie Littoral", 1), ("Normandie Littoral", 2)]),
    O("Banque Populaire du Nord", "company", ["Banque Populaire du Nord"]),
    O("Caisse d’Épargne de Normandie", "company", ["Caisse d’Épargne de Normandie"]),
    O("Banque Populaire Grand Ouest", "company", ["Banque Populaire Grand Ouest"]),
    O("Groupama Centre Manche", "company", ["Groupama Centre Manche"]),
    O("Normandie Participations", "other", ["Normandie Participations"]),  # §16 kind (was company)

    L("Hauts-de-France", ["Hauts-de-France"]),

    A("300 000 euros", 300000, qualifier="about"),
    A("un million d’euros", 1000000, to="Normandie Littoral"),
    A("500 000 euros", 500000, to="Normandie Littoral", by=["Banque Populaire du Nord"]),
    A("9 millions d’euros", 9000000),   # fund size ("doté de"): no link

    D("été 2023", "2023-SU"),
]

UNANNOTATED = []
