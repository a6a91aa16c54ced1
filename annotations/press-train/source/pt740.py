# pt740 — orbimob.org, Clermont-Ferrand innovation-support actors on a mobility panel
BODY_START = None
BODY_END = None
VCA = "Village by CA Centre France"

RECORDS = [
    # "programme Orbimob": a programme, not an organization
    P("Bérangère Farges", ["Bérangère Farges"],
      roles=[("Directrice générale adjointe", "UCA"), ("Directrice adjointe", None)]),   # "de l'I-SITE CAP 20-25": a programme
    O("UCA", "education_research", ["UCA"]),
    P("Yannick Izoard", ["Yannick Izoard"], roles=[("Izoard, [Directeur]", "Clermont Auvergne Innovatio")]),
    O("Clermont Auvergne Innovatio", "other", ["Clermont Auvergne Innovatio"]),
    P("Elisabeth Logeais", ["Elisabeth Logeais"], roles=[("Déléguée générale", "TENNERDIS")]),
    O("TENNERDIS", "other", ["TENNERDIS"]),
    P("Rémi Berger", ["Rémi Berger"], roles=[("Directeur de l’axe Innover", "CARA")]),
    O("CARA", "other", ["CARA"]),
    P("Olivier Bernasson", ["Olivier Bernasson"], roles=[("Bernasson, [Président]", "French Tech Clermont Auvergne")]),
    O("French Tech Clermont Auvergne", "other", ["French Tech Clermont Auvergne"]),
    P("Vincent Supiot", [("Vincent Supiot", i) for i in range(1, 4)],
      roles=[("Supiot, [Directeur]", VCA), ("Supiot, [directeur]", VCA)]),
    O(VCA, "other", [(VCA, 1), (VCA, 2)]),
    P("Frédéric Coureau", [("Frédéric Coureau", 1), ("Frédéric Coureau", 2)],
      roles=[("Coureau, [Fondateur]", "Pile-ici"), ("du [fondateur] de Pile Ici", "Pile-ici")]),
    O("Pile-ici", "company", ["Pile-ici", "Pile Ici"]),
    O("Limagrain", "company", ["Limagrain"]),
    D("en [1965]", "1965"),
    O("Théa", "company", ["Théa"]),
    D("il y a 25 ans", None, relative=True),
    O("BabyMoov", "company", ["BabyMoov"]),
    D("il y a 15 ans", None, relative=True),
]
UNANNOTATED = []
