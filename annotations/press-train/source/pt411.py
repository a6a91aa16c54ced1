# pt411 — reussir.fr, Meal Canteen app tested in Auvergne-Rhône-Alpes.
BODY_START = None
BODY_END = None

RECORDS = [
    O("Meal Canteen", "company", [("Meal Canteen", 1), ("Meal Canteen", 2), ("Meal Canteen", 3)]),  # 1st: the app, named after its company
    L("Auvergne-Rhône-Alpes", [("Auvergne-Rhône-Alpes", 1), "lycées d’[Auvergne-Rhône-Alpes]"]),
    O("Région Auvergne-Rhône-Alpes", "public_body", ["Région Auvergne-Rhône-Alpes"]),
    D("[décembre dernier]", None, relative=True),
    P("Denis Olivier", ["Denis Olivier"],
      roles=[("[Fondée] par Denis", "Meal Canteen", "fondateur"),
             ("son [fondateur]", "Meal Canteen")]),
    D("[janvier dernier]", None, relative=True),
    O("1001 repas", "company", ["1001 repas"]),
    D("le [27 février dernier]", None, relative=True),
    O("lycée agricole André Paillot", "education_research", ["lycée agricole André Paillot"]),
    L("Saint-Genis-Laval", ["Saint-Genis-Laval"]),
    L("St-Etienne", ["St-Etienne"]),
    A("900 000 euros", 900000, to="Meal Canteen"),
    D("en [décembre 2016]", "2016-12"),
]

UNANNOTATED = []
