# pt659 — herault-tribune.com, the Gigamed incubator in Bessan and French Tech Tremplin
BODY_END = None

RECORDS = [
    P("Marie-Laure Bonnier-De Lauzun", ["Marie-Laure Bonnier-De Lauzun"],
      roles=[("directrice", "Gigamed")]),     # "directrice de l'incubateur du parc Héliopôle": Gigamed, the subject of the piece

    O("Gigamed", "other", [("Gigamed", 1), ("Gigamed", 2), ("Gigamed", 3)]),
    O("BIC de Montpellier", "other", ["BIC de Montpellier"]),
    O("Arturr", "company", ["Arturr"]),

    L("Bessan", ["Bessan"]),
    L("parc Héliopôle", ["parc Héliopôle"]),
    L("Occitanie", [("Occitanie", 1), ("Occitanie", 2)]),

    D("début mars", "XXXX-03", mod="START"),
]

UNANNOTATED = []
