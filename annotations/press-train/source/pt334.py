# pt334 — lejournaldesentreprises.com, Normandie, Normandie Participations after three years (2019)
BODY_START = "30 millions d'euros investis"   # "Normandie" / "Financement": section labels
BODY_END = None
# The caption is printed twice: both copies are annotated. "Photo : S.C": initials, no person.
# "la Banque européenne d’investis" is cut: no record.

RECORDS = [
    P("Sébastien Colle", ["Sébastien Colle"]),   # byline
    P("Hervé Morin", [("Hervé Morin", i) for i in range(1, 5)],
      roles=[(("Le [président] de la Région", 1), "Région Normandie"),
             (("Morin, [président] de la Région", 1), "Région Normandie"),
             (("Le [président] de la Région", 2), "Région Normandie"),
             (("Morin, [président] de la Région", 2), "Région Normandie")]),
    P("Olivier Sillon", [("Olivier Sillon", 1), ("Olivier Sillon", 2)],
      roles=[(("Sillon, [président] de Maison", 1), "Maison Berger"),
             (("Sillon, [président] de Maison", 2), "Maison Berger")]),
    P("Franck Murray", [("Franck Murray", 1), ("Franck Murray", 2)],
      roles=[(("Murray, [président] de Normandie", 1), "Normandie Participations"),
             (("Murray, [président] de Normandie", 2), "Normandie Participations")]),

    O("Normandie Participations", "other",  # §16 kind (was company)
      [("Normandie Participations", i) for i in range(1, 5)] + [("Normandie participations", i) for i in range(1, 5)]),
    O("Région Normandie", "public_body", [("Région Normandie", i) for i in range(1, 5)]),
    O("Maison Berger", "company", [("Maison Berger", i) for i in range(1, 5)]),
    O("Argos", "other", ["Argos"]),  # §16 kind (was company)
    O("BNP Développement", "other", ["BNP Développement"]),  # §16 kind (was company)
    O("Go Capital", "other", ["Go Capital"]),  # §16 kind (was company)
    O("Crédit Agricole", "company", [("Crédit Agricole", 1), ("Crédit Agricole", 2)]),
    O("N Factory", "other", ["N Factory"]),  # §16 kind (was company)
    O("Caisse d’Epargne", "company", ["Caisse d’Epargne"]),
    O("Normandie Horizon", "other", ["Normandie Horizon"]),  # §16 kind (was company)

    L("Bourgtheroulde", [("Bourgtheroulde", 1), ("Bourgtheroulde", 2)]),

    A("[30 millions d'euros] investis en trois", 30000000, by=["Normandie Participations"]),
    A("près de [30 millions d'euros]", 30000000, qualifier="about", by=["Normandie Participations"]),
    A("40 millions d'euros", 40000000),
    A("30 M€", 30000000, qualifier="about", by=["Normandie Participations"]),
    A("150 millions d’euros", 150000000, qualifier="over"),
    A(("40 millions d'euros", 2), 40000000),

    D("28 mars 2019", "2019-03-28"),   # publication stamp
    D("en [2017]", "2017"),
    D(("en [2017]", 2), "2017"),
    D("en [2016]", "2016"),
    D("juin 2018", "2018-06"),
]

UNANNOTATED = []
