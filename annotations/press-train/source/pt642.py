# pt642 — lemondeinformatique.fr, Syntec Numérique's software publishers' college and regional delegates
BODY_END = None
SN = "Syntec Numérique"

RECORDS = [
    P("Bruno Vanryb", ["Bruno Vanryb"], roles=[("[Présidé] par Bruno", SN, "président")]),   # of its college Editeurs (internal unit)
    P("Emmanuel Obadia", ["Emmanuel Obadia"],
      roles=[("deux [vice-présidents]", SN), ("vice-président marketing EMEA", "Salesforce.com")]),
    P("Eric Varszegi", ["Eric Varszegi"],
      roles=[("deux [vice-présidents]", SN), ("Varszegi, [président] de", "IP-Label")]),
    P("Guy Mamou-Mani", ["Guy Mamou-Mani"], roles=[("[présidé] par Guy", SN, "président")]),
    P("Jean-Paul Chapron", ["Jean-Paul Chapron"], roles=[("délégués", SN)]),
    P("Fabien Cauchi", ["Fabien Cauchi"], roles=[("délégués", SN)]),

    O(SN, "association", [SN]),
    O("Salesforce.com", "company", ["Salesforce.com"]),
    O("IP-Label", "company", ["IP-Label"]),
    O("Novae LR", "association", ["Novae LR"]),
    O("AS2I", "association", ["AS2I"]),

    L("Nantes", ["Nantes"]),
    L("Bordeaux", ["Bordeaux"]),
    L("Languedoc Roussillon", ["Languedoc Roussillon"]),
    L("Nord-Pas de Calais", ["Nord-Pas de Calais"]),

    M("600 adhérents", None, 600, "adhérents"),    # the college Editeurs' members (an internal unit)
    # "sur 1 200 au total pour l'ensemble du syndicat": Syntec Numérique's count, but the counted noun is
    # elided, so no span can hold the unit: left out.
    M("145 entreprises", "Novae LR", 145, "entreprises"),
    M("40 sociétés de services IT et éditeurs de logiciels", "AS2I", 40, "sociétés de services IT et éditeurs de logiciels"),

    D("cette année", None, relative=True),
]

UNANNOTATED = []
