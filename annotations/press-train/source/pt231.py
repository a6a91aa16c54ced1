# pt231: Info-Éco, Biopôle Santé grows to Nouvelle-Aquitaine.
BODY_START = None
BODY_END = None

BS = "Biopôle Santé"
RECORDS = [
    P("Sébastien Peltier", ["Sébastien Peltier"],
      roles=[("son [président], Sébastien", BS), ("dirigeant", "Valbiotis")]),

    O(BS, "association", [BS]),  # §16: "le Biopôle" is a capitalized common noun, no mention
    O("Valbiotis", "company", ["Valbiotis"]),
    O("université de Pau", "education_research", ["université de Pau"]),

    L("Grand Poitiers", ["Grand Poitiers"]),
    L("Poitou-Charentes", ["Poitou-Charentes"]),
    L("Nouvelle-Aquitaine", ["Nouvelle-Aquitaine"]),
    L("centre de conférences Toumaï", ["centre de conférences Toumaï"]),

    M("une cinquantaine d’adhérents", BS, 50, "adhérents", "about"),

    D("18 novembre", "XXXX-11-18"),
]
UNANNOTATED = []
