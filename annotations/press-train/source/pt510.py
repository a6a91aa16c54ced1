BODY_START = None
BODY_END = None

CN = "CCI de Normandie"
RECORDS = [
    P("Gilles Treuil", ["Gilles Treuil"],
      roles=[("Treuil, [président] des CCI", CN)]),
    P("Léa Lassarat", ["Léa Lassarat"],
      roles=[("Lassarat, [présidente] de la CCI", "CCI Seine Estuaire")]),

    # the regional CCI: has a president and acts ("ont noué un partenariat")
    O(CN, "public_body", [("CCI de Normandie", 1), ("CCI de Normandie", 2), ("CCI de Normandie", 3)]),
    O("Rouen Métropole", "public_body", ["Rouen Métropole"]),
    O("Portes de Normandie", "public_body", ["Portes de Normandie"]),
    O("Caen Normandie", "public_body", ["Caen Normandie"]),
    O("CCI Seine Estuaire", "public_body", ["Caen Normandie, [Seine Estuaire]", "CCI Seine Estuaire"],
      aliases=["Seine Estuaire"]),
    O("Ouest Normandie", "public_body", ["Ouest Normandie"]),
    O("Office national des forêts", "public_body", ["Office national des forêts"]),

    L("Normandie", ["En [Normandie], cinq"]),

    D(("27 octobre au 9 novembre", 1), "XXXX-10-27", value_end="XXXX-11-09"),
    D(("27 octobre au 9 novembre", 2), "XXXX-10-27", value_end="XXXX-11-09"),
    D(("27 octobre au 9 novembre", 3), "XXXX-10-27", value_end="XXXX-11-09"),
    D("participation en [2016]", "2016"),
    D("jeudi 7 octobre", "XXXX-10-07"),
]

UNANNOTATED = []
