# pt103 (second annotation, annotator 6) — ewag.fr, La Réunion joins the French Tech network (2017)
BODY_END = None

RECORDS = [
    P("Benjamin Postaire", ["Benjamin Postaire"]),      # byline
    P("Elodie Royer", [("Elodie Royer", i) for i in range(1, 4)],
      roles=[("vice-présidente Innovation et Recherche", "Digital Réunion")]),   # "explique la vice-présidente ..." after her quote
    P("Philippe Arnaud", ["Philippe Arnaud"], roles=[("Arnaud, [président] de", "Digital Réunion")]),

    O("Digital Réunion", "other", [("Digital Réunion", i) for i in range(1, 6)]),

    L("La Réunion", [("La Réunion", i) for i in range(1, 4)]),

    D("juillet 2016", "2016-07"),
    D("janvier 2016", "2016-01"),
]

UNANNOTATED = []
