# pt254: CCI Occitanie, Damien Poyard's priorities for Mecanic Vallée (2023).
BODY_START = "Mecanic Vallée, un écosystème"  # skip links and site tagline before
BODY_END = None

MV = "Mecanic Vallée"
RECORDS = [
    P("Damien Poyard", [("Damien Poyard", i) for i in (1, 2, 3)],
      roles=[("[Président] du cluster", MV),
             ("directeur innovation", "Fives Machining"),
             ("le nouveau [président] n’en", MV),
             ("le nouveau [président] veut", MV)]),
    P("Jean-François Chanut", ["Jean-François Chanut"]),

    O(MV, "association", [(MV, 1), (MV, 2), "MECANIC VALLEE", (MV, 3), (MV, 4)]),
    O("Fives Machining", "company", ["Fives Machining"]),

    L("Occitanie", [("Occitanie", 1), ("Occitanie", 2)]),
    L("Corrèze", ["Corrèze"]),
    L("Nouvelle-Aquitaine", ["Nouvelle-Aquitaine"]),
    L("Rodez", ["Rodez"]),
    L("Figeac", ["Figeac"]),
    L("Decazeville", ["Decazeville"]),
    L("Brive", ["Brive"]),
    L("Limoges", ["Limoges"]),
    L("Villefranche-de-Rouergue", ["Villefranche-de-Rouergue"]),

    M("200 adhérents", MV, 200, "adhérents", "about"),

    D("juin 2022", "2022-06"),
    D("Mardi 11 juillet 2023", "2023-07-11"),
    D("Siane [2022]", "2022"),
    D("en [octobre]", "XXXX-10"),
]
UNANNOTATED = []
