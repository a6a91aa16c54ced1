# Info-Tours 2015: French Tech Loire Valley goes on without the label.
BODY_START = None
BODY_END = None

F = "French Tech Loire Valley"
RECORDS = [
    P("Thibault Coulon", ["Thibault Coulon"],
      roles=[("adjoint au maire en charge de l’emploi et du numérique", None)]),  # à Tours: a place
    P("Olivier Carré", ["Olivier Carré"], roles=[("le [maire] de la capitale", None)]),

    O(F, "other", [(F, 1), (F, 2), (F, 3)]),
    O("Orange", "company", ["Orange"]),

    L("Las Vegas", ["Las Vegas"]),
    L("Centre-Val de Loire", ["Centre-Val de Loire"]),
    L("Tours", ["numérique à [Tours]", "candidature [Tours]-Orléans"]),
    L("Orléans", ["Tours-[Orléans]", "qu’[Orléans] est", "simultané à [Orléans]"]),
    L("Paris", ["Paris"]),
    L("Galion des Deux-Lions de Tours", ["Galion des Deux-Lions de Tours"]),

    D(("30 septembre", 1), "XXXX-09-30"),
    D("1er octobre", "XXXX-10-01"),
    D("6 octobre", "XXXX-10-06"),
    D("18 novembre", "XXXX-11-18"),
    D("janvier 2016", "2016-01"),
    A("20 millions d’euros", 20000000),
    D("mercredi 30 septembre", "XXXX-09-30"),
    D("Puis [jeudi]", None, relative=True),
]
UNANNOTATED = []
