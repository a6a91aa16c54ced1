# pt810 — objectifaquitaine.latribune.fr, the Locus third place in a former dairy at Archigny (2023)
BODY_START = "Depuis la fermeture"     # " date 2023-11 ": store prefix
BODY_END = None
GC = "Grand Châtellerault"

RECORDS = [
    P("Charlène Contival", ["Charlène Contival"], roles=[("L'une est [présidente]", "Locus")]),
    P("Gaëlle Pépin Le Henanff", [("Gaëlle Pépin Le Henanff", 1), ("Gaëlle Pépin Le Henanff", 2)],
      roles=[("ancienne gestionnaire de ventes", None)]),   # "sa future première salariée": not yet a post

    O("Locus", "association", [("Locus", 1), ("Locus", 2), ("Locus", 3)]),
    O("La Tribune", "media", ["La Tribune"]),               # photo credit agency
    O(GC, "public_body", [GC]),

    L("Archigny", ["Archigny"]),
    L("Vienne", ["Vienne"]),
    L("Paris", ["Paris"]),

    D("Il y a une centaine d'années", None, relative=True),
    D("en [1913]", "1913"),
    D("années 1980", "198X"),
    D("mars 2023", "2023-03"),
    A("42.000 euros", 42000, to="Locus", by=[GC]),          # "la Région": generic, no record
    A("environ [50.000 euros]", 50000, qualifier="about"),
]

# "MG" in the photo credit: initials, not a person.
UNANNOTATED = []
