# pt304 (second annotation, annotator 2): Capitole Angels recruits business angels (Toulouse).
BODY_START = "Capitole Angels recrute"  # "Entreprises" is the section tag
BODY_END = None

CA = "Capitole Angels"
RECORDS = [
    P("Pierre Carli", [("Pierre Carli", i) for i in (1, 2, 3, 4)],
      roles=[("Carli, [président] de Capitole Angels.", CA),
             ("le [président] de Capitole Angels lors", CA)]),

    O(CA, "other", [(CA, i) for i in range(1, 7)]),
    O("Gazette du Midi", "media", ["Gazette du Midi"]),

    L("Occitanie", ["Occitanie"]),
    L("France", ["France"]),

    # A("12 Mds€", 12000000000, qualifier="about"),  # true amount; left out only because build.py's reader does not know "Mds€" (reads 12)
    A("70 M€", 70000000),
    # A("200 à 800 K€", 200000, value_max=800000, qualifier="about"),  # true amount; left out only because build.py's range reader is case-sensitive ("K€" reads 200)

    D("22 novembre", "XXXX-11-22"),
    D("en [2007]", "2007"),
    D("28 novembre", "XXXX-11-28"),
]
UNANNOTATED = []
