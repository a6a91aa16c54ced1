# pt236: Le Journal des Entreprises, Normandie Numérique born from a merger (2025).
BODY_START = "Normandie Numérique, un nouveau"  # line 1 "Normandie" is the site's region tag
BODY_END = None

NN = "Normandie Numérique"
RECORDS = [
    P("John Schnobrich", ["John Schnobrich"]),
    P("Marc Maouche", ["Marc Maouche"],
      roles=[("directeur des partenariats institutionnels locaux", "Orange"),
             ("coprésidents", NN)]),

    O(NN, "association",
      [(NN, 1), (NN, 2), (NN, 3), (NN, 4), "filière [Normandie Numérique] (NN)", ("Normandie Numérique ([NN])", 1), "[NN] revendique",
       "de [Normandie Numérique] (NN)", ("Normandie Numérique ([NN])", 2), "[NN] met"], aliases=["NN"]),
    O("Normandie Web Xperts", "association", [("Normandie Web Xperts", 1), ("Normandie Web Xperts", 2)]),
    O("Campus Normandie Cyber", "association", [("Campus Normandie Cyber", 1), ("Campus Normandie Cyber", 2)]),
    O("AD Normandie", "other", ["AD Normandie"]),
    O("Orange", "company", ["Orange"]),
    O("Transactions Électroniques Sécurisées", "association", ["TES", "Transactions Électroniques Sécurisées"],
      aliases=["TES"]),

    L("Normandie", ["[Normandie] # Numérique"]),

    D("24 novembre 2025", "2025-11-24"),
]
UNANNOTATED = []
