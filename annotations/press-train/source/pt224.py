# pt224: Pax Aquitania (blog, press release), Aerospace Valley general assembly 2017.
BODY_START = None
BODY_END = None

AV = "Aerospace Valley"
RECORDS = [
    P("Agnès Paillard", [("Agnès Paillard", 1), ("Agnès Paillard", 2)],
      roles=[("sa [présidente], Agnès", AV), ("Paillard, [Présidente] et", AV)]),
    P("Yann Barbaux", [("Yann Barbaux", i) for i in (1, 2, 3)],
      roles=[(("Directeur de l’innovation", 1), "Airbus"),
             (("Directeur de l’innovation", 2), "Airbus"),
             ("élu [président] du cluster", AV),
             (("Directeur de l’innovation", 3), "Airbus"),
             ("à la [présidence] et", AV, "président")]),
    P("Antoine Jouin", ["Antoine Jouin"], roles=[("Jouin, [Vice-Président],", AV)]),
    P("Bruno Nouzille", ["Bruno Nouzille"],
      roles=[("Vice-Président Technique", "Thalès Avionics"),
             ("Avionics, [Vice-Président].", AV)]),

    O(AV, "association", [(AV, i) for i in (1, 2, 3, 4)]),
    O("Airbus", "company", [("Airbus", i) for i in (1, 2, 3)]),
    O("Thalès Avionics", "company", ["Thalès Avionics"]),
    O("ESABIC Sud France", "other", ["ESABIC Sud France"]),

    L("sud-ouest", ["sud-ouest"]),
    L("Charente", ["Charente"]),
    L("Limousin", ["Limousin"]),
    L("Languedoc-Roussillon", ["Languedoc-Roussillon"]),
    L("Occitanie", [("Occitanie", 1), ("Occitanie", 2)]),
    L("Nouvelle Aquitaine", [("Nouvelle Aquitaine", 1), ("Nouvelle Aquitaine", 2)]),
    L("Centre des Congrès Diagora", ["Centre des Congrès Diagora"]),
    L("Labège", ["Labège"]),

    M("840 adhérents", AV, 840, "adhérents"),
    A("22 M€", 22000000),
    A("14 M€", 14000000),

    D("la [semaine dernière]", None, relative=True),
    D("mardi 26 septembre 2017", "2017-09-26"),
    D("mi 2016 à mi 2017", "2016", value_end="2017", mod="MID"),
]
UNANNOTATED = []
