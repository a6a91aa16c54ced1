# Challenges (via storyfa): France Digitale board election.
BODY_START = "L'association tech France Digitale"  # "Partager" / "High-Tech" chrome
BODY_END = None

RECORDS = [
    P("Jean-David Chamboredon", [("Jean-David Chamboredon", i) for i in range(1, 4)],
      roles=[("coprésident", "France Digitale")]),
    P("Frédéric Mazzella", [("Frédéric Mazzella", i) for i in range(1, 4)],
      roles=[("patron", "Blablacar")]),
    P("Franck Le Ouay", ["Franck Le Ouay"], roles=[("cofondateur", "Criteo"), ("cofondateur", "Lifen")]),
    P("Taïg Kris", ["Taïg Kris"]),
    P("Julia Bijaoui", ["Julia Bijaoui"], roles=[("entrepreneuse", "Frichti")]),
    P("Marie Schneegans", ["Marie Schneegans"], roles=[("cofondatrice", "Workwell")]),
    P("Benoist Grossmann", ["Benoist Grossmann"], roles=[("investisseur", "Idinvest")]),
    P("Marie-Christine Levet", ["Marie-Christine Levet"],
      roles=[("ancienne membre", "France Digitale"), (None, "Educapital")]),
    P("Marc-David Choukroun", ["Marc-David Choukroun"], roles=[(None, "Ruche qui dit Oui!")]),

    O("France Digitale", "association", [("France Digitale", i) for i in range(1, 6)]),
    O("Criteo", "company", ["Criteo"]),
    O("Lifen", "company", ["Lifen"]),
    O("Frichti", "company", ["Frichti"]),
    O("Workwell", "company", ["Workwell"]),
    O("Idinvest", "other", ["Idinvest"]),  # §16 kind (was company)
    O("Educapital", "other", ["Educapital"]),  # §16 kind (was company)
    O("Ruche qui dit Oui!", "company", ["Ruche qui dit Oui!"]),
    O("Blablacar", "company", ["Blablacar"]),

    D("ce jeudi soir", None, relative=True),
    D("ce soir", None, relative=True),
    D(("Cette année", 1), None, relative=True),
    D("jeudi 22 novembre", "XXXX-11-22"),
    D(("Cette année", 2), None, relative=True),
    D("ce [22 novembre]", "XXXX-11-22"),
    D("cette année", None, relative=True),
    A("2 millions d’euros", 2000000, qualifier="over", to="France Digitale"),
]
UNANNOTATED = []
