# pt260: L'Usine Nouvelle, the Cosmetic Valley to absorb the pôle Pass (2016).
BODY_START = None
BODY_END = None

CV = "Cosmetic Valley"
RECORDS = [
    P("Jean-Marc Giroux", ["Jean-Marc Giroux"],
      roles=[("administrateur", "Pass"), ("Pass et [président] de Cosmed", "Cosmed")]),
    P("Marc-Antoine Jamet", ["Marc-Antoine Jamet"],
      roles=[("le [président] de la Cosmetic", CV), ("secrétaire général", "LVMH")]),

    O(CV, "association", [(CV, i) for i in range(1, 7)]),
    O("Bercy", "public_body", ["Bercy"]),
    O("Pass", "association", [("Pass", i) for i in (1, 2, 3, 4)]),
    O("L’Usine Nouvelle", "media", ["L’Usine Nouvelle"]),
    O("Cosmed", "association", ["Cosmed"]),
    O("LVMH", "company", ["LVMH"]),
    O("Febea", "association", ["Febea"]),

    L("Chartres", [("Chartres", i) for i in (1, 2, 3, 4)]),
    L("Centre", ["Centre"]),
    L("Normandie", ["Normandie"]),
    L("Ile-de-France", ["Ile-de-France"]),
    L("PACA", [("PACA", 1), ("PACA", 2)]),

    D("1er juillet", "XXXX-07-01"),
    D("19 février", "XXXX-02-19"),
]
UNANNOTATED = []
