# pt617 — lnc.nc, Diginova digital fair in New Caledonia (2019)
BODY_START = "Autour de la table"
BODY_END = None

RECORDS = [
    P("Christopher Gygès", ["Christopher Gygès"],
      roles=[("en charge", None, "en charge des secteurs de l’économie et de l’économie numérique")]),  # "au gouvernement": generic
    P("Catherine Ris", ["Catherine Ris"],
      roles=[("vice-présidente", "UNC")]),      # "de l'Université" = the UNC named just before
    P("Gilles Taladoire", ["Gilles Taladoire"],
      roles=[("porte-parole du comité organisateur", None)]),
    P("Nicolas Beaufort", ["Nicolas Beaufort"],
      roles=[("dirigeant", "Cegelec NC")]),

    O("UNC", "education_research", ["UNC"]),
    O("OPT", "other", ["OPT"]),
    O("Medef NC", "association", ["Medef NC"]),
    O("province Sud", "public_body", ["province Sud"]),
    O("Cegelec NC", "company", ["Cegelec NC"]),
    O("Vinci Energies", "company", ["Vinci Energies"]),
    O("ministère des Outre-mer", "public_body", ["ministère des Outre-mer"]),

    L("Calédonie", [("Calédonie", 1), ("Calédonie", 2)]),
    L("Pacifique", ["Pacifique"]),
    L("polynésie", ["polynésie"]),
    L("Martinique", ["Martinique"]),
    L("Guadeloupe", ["Guadeloupe"]),
    L("Guyane", ["Guyane"]),
    L("La Réunion", ["La Réunion"]),
    L("Mayotte", ["Mayotte"]),
    L("Saint-Pierre et Miquelon", ["Saint-Pierre et Miquelon"]),

    A("plus de [2 milliards d'euros]", 2000000000, qualifier="over"),  # §16: the contracts' envelope, no funding link

    D("12 au 14 septembre", "XXXX-09-12", value_end="XXXX-09-14"),
    D("jeudi 12 septembre", "XXXX-09-12"),
    D("rentrée de [février]", "XXXX-02"),
    D("8 juillet", "XXXX-07-08"),
]

UNANNOTATED = []
