# pt412 — creditagricole.info, Village by CA project in La Réunion.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Ile de La Réunion", ["Ile de La Réunion"]),
    D("en [fin d’année dernière]", None, mod="END", relative=True),
    O("Technopole de La Réunion", "other", [("Technopole de La Réunion", 1), ("Technopole de La Réunion", 2)]),
    O("Communauté intercommunale du nord de La Réunion", "public_body",
      ["[Communauté intercommunale du nord de La Réunion] (Cinor)", "Communauté intercommunale du nord de La Réunion ([Cinor])"], aliases=["Cinor"]),
    O("Crédit Agricole de La Réunion", "company",
      ["Crédit Agricole de La Réunion", "le [Crédit Agricole] prendra"], aliases=["Crédit Agricole"]),
    P("Christian Valette", [("Christian Valette", 1), ("Christian Valette", 2)],
      roles=[("[directeur général] de la Caisse", "Crédit Agricole de La Réunion")]),  # "la Caisse régionale" = the CA de La Réunion
    O("Village by CA", "other", [("Village by CA", 1), ("Village by CA", 2)]),
    L("Technor", ["parc [Technor]"]),
    L("Saint-Denis de La Réunion", ["Saint-Denis de La Réunion"]),
    A("15 à 20 millions d’euros", 15000000, value_max=20000000, by=["Crédit Agricole de La Réunion"]),
]

UNANNOTATED = []
