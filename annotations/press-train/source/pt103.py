# ewag 2017: La Réunion joins the French Tech network; Digital Réunion, Elodie Royer.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Benjamin Postaire", ["Benjamin Postaire"]),  # byline
    P("Elodie Royer", [("Elodie Royer", 1), ("Elodie Royer", 2), ("Elodie Royer", 3)],
      roles=[("vice-présidente Innovation et Recherche", "Digital Réunion")]),  # the speaker of the quote
    P("Philippe Arnaud", ["Philippe Arnaud"], roles=[("Arnaud, [président] de Digital", "Digital Réunion")]),

    O("Digital Réunion", "other", [("Digital Réunion", i) for i in range(1, 6)]),

    L("La Réunion", [("La Réunion", 1), ("La Réunion", 2), ("La Réunion", 3)]),

    D("juillet 2016", "2016-07"),
    D("janvier 2016", "2016-01"),
]
UNANNOTATED = []
