# pt235: Entreprises Occitanie, the two regional agrifood associations prepare their merger (2016).
BODY_START = None
BODY_END = None

AREA = "Association régionale des entreprises agroalimentaires"
RECORDS = [
    P("Didier Ageorges", ["Didier Ageorges"], roles=[("Les [présidents] de chaque", None)]),  # which ARIA is not said
    P("Didier Barral", ["Didier Barral"], roles=[("Les [présidents] de chaque", None)]),
    P("Vincent de Lagarde", ["Vincent de Lagarde"], roles=[("directeur", AREA)]),
    P("Emma Bao", ["Emma Bao"]),

    O(AREA, "association", ["AREA", AREA], aliases=["AREA"]),
    O("Aria MP", "association", ["Aria MP"]),

    L("Midi-Pyrénées", [("Midi-Pyrénées", 1), ("Midi-Pyrénées", 2)]),
    L("Languedoc-Roussillon", [("Languedoc-Roussillon", 1), ("Languedoc-Roussillon", 2)]),
    L("Toulouse", ["Toulouse"]),
    L("Montpellier", ["Montpellier"]),
    L("MP", ["de [MP] et"]),
    L("LR", ["LR"]),

    M("300 adhérents", AREA, 300, "adhérents", "about"),

    D("1er janvier 2017", "2017-01-01"),
    D("octobre 2015", "2015-10"),
    D("l’[année en cours]", None, relative=True),
    D("Diffusé le [2 juin]", "XXXX-06-02"),  # the stamp's year is misprinted "20106"
]
UNANNOTATED = []
