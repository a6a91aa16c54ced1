# pt304 — gazette-du-midi.fr, Occitanie, Capitole Angels recruits business angels
BODY_START = "Capitole Angels recrute"   # "Entreprises": the site's section label
BODY_END = None
# "Lecture 8 min" and ">LIRE AUSSI : …" are chrome inside the body: names only, no facts.

RECORDS = [
    P("Pierre Carli", [("Pierre Carli", 1), ("Pierre Carli", 2), ("Pierre Carli", 3), ("Pierre Carli", 4)],
      roles=[("Carli, [président] de Capitole", "Capitole Angels"),
             ("le [président] de Capitole", "Capitole Angels")]),

    O("Capitole Angels", "other",
      [("Capitole Angels", 1), ("Capitole Angels", 2), ("Capitole Angels", 3), ("Capitole Angels", 4),
       ("Capitole Angels", 5), ("Capitole Angels", 6)]),
    O("Gazette du Midi", "media", ["Gazette du Midi"]),

    L("Occitanie", ["Occitanie"]),
    L("France", ["France"]),

    # "12 Mds€" (12 000 000 000 EUR, about) is a true amount, left out: build.py's reader does not know "Mds€".
    A("70 M€", 70000000),
    # "200 à 800 K€" (200000–800000 EUR, about) left out: build.py's AMOUNT_RANGE is not case-insensitive ("K€").

    D("le [22 novembre]", "XXXX-11-22"),
    D("en [2007]", "2007"),
    D("du [28 novembre]", "XXXX-11-28"),
]

UNANNOTATED = []
