# pt826 — echodumardi.com, French Tech Grande Provence general assembly: co-presidents and members (2024)
BODY_START = "Ecrit par Rayan Allaf"     # "22 juillet 2024 | <title>": the print header
BODY_END = None
FT = "French Tech Grande Provence"

RECORDS = [
    P("Rayan Allaf", ["Rayan Allaf"]),     # byline
    P("Paul Hermelin", ["Paul Hermelin"],
      roles=[("Hermelin, [président] de la structure", FT),                       # "la structure" = the association
             ("Hermelin, [président] de la structure", "Capgemini", "président du conseil d’administration")]),
    P("Matteo Gachon", ["Matteo Gachon"],
      roles=[("co-président", FT), ("dirigeant", "ECC Technologies")]),

    O(FT, "association", [(FT, i) for i in range(1, 5)]),
    O("Capgemini", "company", ["Capgemini"]),
    O("ECC Technologies", "company", ["ECC Technologies"]),

    L("Living Lab", ["Living Lab"]),
    L("Agroparc", ["Agroparc"]),

    D("29 mai 2024", "2024-05-29"),         # publication stamp
    D("Ce [jeudi 23 mai]", "XXXX-05-23"),
    D("depuis [2019]", "2019"),
    D(("2023", 1), "2023"),
    D(("2023", 2), "2023"),
    D("le [jeudi 23 mai]", "XXXX-05-23"),
    D(("2023", 3), "2023"),
    D("l’[année écoulée]", None, relative=True),
    D("route [2024]", "2024"),
    M("123 adhérents", FT, 123, "adhérents"),
    D("depuis [2015]", "2015"),
    D(("2023", 4), "2023"),
    D("cette année", None, relative=True),
]

UNANNOTATED = []
