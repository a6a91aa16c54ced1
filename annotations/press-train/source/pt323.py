# pt323 — hospimedia.fr, Hauts-de-France, launch of the Captech santé nutrition fund (2020)
BODY_START = "Un nouveau fonds"   # "Économie": the site's section label
BODY_END = None

RECORDS = [
    P("Jean-Louis Guérin", [("Jean-Louis Guérin", 1), ("Jean-Louis Guérin", 2)],
      roles=[("[président] de Finorpa", "Finorpa")]),

    O("Eurasanté", "other", [("Eurasanté", i) for i in range(1, 6)]),
    O("Clubster NSL", "other", [("Clubster NSL", 1), ("Clubster NSL", 2)]),
    O("Finorpa", "company", [("Finorpa", 1), ("Finorpa", 2), ("Finorpa", 3)]),
    O("Captech santé nutrition", "other", [("Captech santé nutrition", 1), ("Captech santé nutrition", 2)]),  # §16 kind (was company)
    O("Euralimentaire", "other", ["Euralimentaire"]),

    L("Hauts-de-France", [("Hauts-de-France", 1), ("Hauts-de-France", 2), ("Hauts-de-France", 3)]),

    A("8 M€", 8000000, qualifier="about"),
    A("150 M€", 150000000),

    D("au [premier trimestre]", "XXXX-Q1"),   # yearless quarter (§15)
    D("la [fin du premier trimestre]", "XXXX-Q1", mod="END"),
    D("ce [24 janvier]", "XXXX-01-24"),
    D("levées de fonds [2019]", "2019"),
    D("l'[année passée]", None, relative=True),
]

UNANNOTATED = []
