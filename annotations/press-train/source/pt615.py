# pt615 — eco121.fr, accelerators in the Lille region
BODY_END = None

RECORDS = [
    P("Thierry Lebrun", ["Thierry Lebrun"],
      roles=[("directeur", "Village by CA Nord de France")]),
    P("Manuel Davy", ["Manuel Davy"],
      roles=[("fondateur", "Vekia")]),

    O("Bpifrance", "public_body", ["Bpifrance"]),
    O("Euratechnologies", "other", [("Euratechnologies", i) for i in range(1, 5)]),
    O("Alacrité France", "other", ["Alacrité France"]),
    O("Eurasanté", "other", ["Eurasanté"]),
    # §16: "le Pôle numérique régional": a capitalized common noun with no proper part, no mention
    O("association familiale Mulliez", "association", ["association familiale Mulliez"]),
    O("Crédit Agricole", "company", ["Crédit Agricole"]),
    O("Villages by CA", "other", ["Villages by CA"]),
    O("IRD", "other", ["IRD"]),
    O("Tektos", "other", ["Tektos"]),
    O("Village by CA Nord de France", "other", ["Village by CA Nord de France"]),
    O("IBM", "company", ["IBM"]),
    O("OVH", "company", ["OVH"]),
    O("Philips", "company", ["Philips"]),
    O("NEC", "company", ["NEC"]),
    O("Bonduelle", "company", ["Bonduelle"]),
    O("EDF", "company", ["EDF"]),
    O("Rabot Dutilleul", "company", ["Rabot Dutilleul"]),
    O("Vekia", "company", [("Vekia", 1), ("Vekia", 2)]),

    L("Calais", ["Calais"]),

    A("1M€", 1000000),

    D("janvier 2016", "2016-01"),
    D("7 septembre", "XXXX-09-07"),
]

UNANNOTATED = []
