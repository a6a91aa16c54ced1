# pt638 — tahiti-infos.com, launch of the Polynesian Tech (2018)
BODY_END = None

RECORDS = [
    P("Macron", [("Macron", 1), ("Macron", 2)]),           # "du gouvernement Macron"
    P("Mounir Mahjoubi", ["Mounir Mahjoubi"],
      roles=[("Le [ministre du Numérique]", None),   # the lead's title, an unambiguous coreference: one role per span (§15)
             ("le [ministre du numérique] du gouvernement", None)]),

    O("Polynesian Tech", "other", [("Polynesian Tech", i) for i in range(1, 6)]),
    O("Agence Numérique", "public_body", ["Agence Numérique"]),

    L("PAPEETE", ["PAPEETE"]),
    L("Outre-mer", ["Outre-mer"]),
    L("Polynésie", ["Polynésie"]),

    A("10 millions d'euros", 10000000, by=["Agence Numérique"]),
    A("1,2 milliards de francs", 1200000000, currency="XPF", by=["Agence Numérique"]),

    D("30 octobre 2018", "2018-10-30"),
    D("Tahiti [2018]", "2018"),
    D("vendredi 26 octobre", "XXXX-10-26"),
    D("l'[année prochaine]", None, relative=True),
    D("la [semaine dernière]", None, relative=True),
]

UNANNOTATED = []
