# pt101 (second annotation, annotator 6) — zinfos974, La Réunion becomes a French Tech capital (2023)
BODY_START = "La Réunion devient une capitale"   # " date 2023-02 " (store) and "A la Une ." (rubric) are chrome
BODY_END = None

RECORDS = [
    P("Jean-Noël Barrot", ["Jean-Noël Barrot"],
      roles=[("ministre délégué chargé de la Transition numérique et des télécommunications", None)]),
    P("Élodie Royer", ["Élodie Royer"], roles=[("co-présidents", "French Tech La Réunion")]),
    P("Manuel Warlop", ["Manuel Warlop"], roles=[("co-présidents", "French Tech La Réunion")]),

    O("French Tech La Réunion", "association", [("French Tech La Réunion", 1), ("French Tech La Réunion", 2)]),

    L("La Réunion", ["[La Réunion] devient", "l'entrée de [La Réunion]"]),
    L("Outre-mer", [("Outre-mer", 1), ("Outre-mer", 2), ("Outre-mer", 3), ("Outre-mer", 4)]),
    L("France", ["France"]),
    L("océan Indien", ["océan Indien"]),

    D("jeudi 2 février", "XXXX-02-02"),
    D("Vendredi 3 Février 2023", "2023-02-03"),     # publication stamp
    D("e-santé\" en [2016]", "2016"),
    D(("2019", 1), "2019"),
    D("en [2022]", "2022"),
    D(("2019", 2), "2019"),
]

UNANNOTATED = []
