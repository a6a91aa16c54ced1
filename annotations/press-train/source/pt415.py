# pt415 — dis-leur.fr, Flex business nursery of the Agglopôle de Sète.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Emmanuel Bégou", ["Emmanuel Bégou"], roles=[("le [directeur] de la pépinière", "Flex")]),
    O("Flex", "other", [("Flex", 1), ("Flex", 2), ("Flex", 3), ("Flex", 4)]),
    O("Agglopôle de Sète", "public_body",
      ["Sète Agglopôle", ("Agglopôle de Sète", 1), ("Agglopôle de Sète", 2), "par l’[Agglopôle], la Région",
       ("Agglopôle de Sète", 3)], aliases=["Sète Agglopôle", "Agglopôle"]),
    P("Olivier SCHLAMA", ["Olivier SCHLAMA"]),  # photo credit
    D("présentait [ce mardi]", None, relative=True),
    L("Occitanie", ["Occitanie"]),
    L("Hexagone", ["Hexagone"]),
    P("Dorothée Lépine", ["Dorothée Lépine"], roles=[(None, "AD’OCC")]),
    O("AD’OCC", "other", ["AD’OCC"]),
    P("René Silvestre", ["René Silvestre"]),
    O("Mercedes", "company", ["Mercedes"]),
    O("Toques & Sens", "other", ["Toques & Sens"]),
    L("Sète", ["cuisine centrale de [Sète]"]),
    P("Jean-Guy Majourel", ["Jean-Guy Majourel"],
      roles=[("[vice-président] de l’Agglopôle", "Agglopôle de Sète")]),  # "vice-président … chargé de l'économie": not contiguous
    A("150 €", 150),
    A("1,7 M€", 1700000, by=["Agglopôle de Sète"]),  # la Région, l'Etat: generic, no record
    D("Flex, [ce mardi] matin", None, relative=True),
    D("jusqu’au [30 juin]", "XXXX-06-30"),
    D("dès [septembre]", "XXXX-09"),
]

UNANNOTATED = []
