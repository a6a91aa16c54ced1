# zinfos974, 2023: La Réunion becomes a Capitale French Tech.
BODY_START = "La Réunion devient une capitale"  # " date 2023-02 " store prefix and "A la Une ." are chrome
BODY_END = None

RECORDS = [
    P("Jean-Noël Barrot", ["Jean-Noël Barrot"],
      roles=[("Le [ministre délégué chargé de la Transition numérique et des télécommunications]", None)]),
    P("Élodie Royer", ["Élodie Royer"], roles=[("co-présidents", "French Tech La Réunion")]),
    P("Manuel Warlop", ["Manuel Warlop"], roles=[("co-présidents", "French Tech La Réunion")]),

    O("French Tech La Réunion", "association",
      ["association [French Tech La Réunion]", "co-présidents de [French Tech La Réunion]"]),

    L("La Réunion", [("La Réunion", 1), ("La Réunion", 2)]),
    L("Outre-mer", [("Outre-mer", 1), ("Outre-mer", 2), ("Outre-mer", 3), ("Outre-mer", 4)]),
    L("France", ["France"]),
    L("océan Indien", ["océan Indien"]),

    D("jeudi 2 février", "XXXX-02-02"),
    D("Vendredi 3 Février 2023", "2023-02-03"),
    D("e-santé\" en [2016]", "2016"),
    D("Outre-Mer\" en [2019]", "2019"),
    D("en [2022]", "2022"),
    D("créées en [2019]", "2019"),
]
UNANNOTATED = []
