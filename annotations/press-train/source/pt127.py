# Bref Eco: French Tech Saint-Etienne Lyon re-elects its co-presidents.
BODY_START = None
BODY_END = None

F = "French Tech Saint-Etienne Lyon"
RECORDS = [
    P("Émilie Legoff", [("Émilie Legoff", n) for n in range(1, 4)],
      roles=[(("coprésidents", 1), F), (("coprésidents", 2), F), (("coprésidents", 3), F),  # slip §15: one role per title span
             ("dirigeante", "Troops")]),
    P("Marc Chassaubéné", [("Marc Chassaubéné", n) for n in range(1, 4)],
      roles=[(("coprésidents", 1), F), (("coprésidents", 2), F), (("coprésidents", 3), F),  # slip §15: one role per title span
             ("vice-président", "Saint-Étienne Métropole")]),
    P("Lucie Texier", ["Lucie Texier"], roles=[("déléguée générale", F)]),

    O(F, "association", [(F, n) for n in range(1, 6)]),
    O("Troops", "company", ["Troops"]),
    O("Saint-Étienne Métropole", "public_body", ["Saint-Étienne Métropole"]),
    O("Michelin", "company", ["Michelin"]),
    O("CIC", "company", ["CIC"]),
    O("KPMG", "company", ["KPMG"]),
    O("Orange", "company", ["Orange"]),
    O("BNP Paribas", "company", ["BNP Paribas"]),
    O("Medef", "other", ["Medef"]),  # §16 kind (was association)
    O("CCI Lyon Métropole", "public_body", ["CCI Lyon Métropole"]),

    # "le nombre d'adhérents de French Tech Saint-Etienne Lyon ... atteignant les 400": the counted
    # noun is not next to the number, so the span is the number and the unit cannot be in it
    M("atteignant les [400]", F, 400, ""),
]
UNANNOTATED = []
