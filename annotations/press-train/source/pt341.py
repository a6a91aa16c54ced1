# pt341 — if-saint-etienne.fr, Auvergne-Rhône-Alpes, SCR Métropoles Innovations (2021)
BODY_START = "Saint-Etienne et Clermont prennent"   # header: site section, today's date, "Soutenez IF"
BODY_END = None
# "0 / 2082 vues": counters (chrome). Title: the two cities take risks = the two métropoles acting.
# "© NB / IF Saint-Etienne": NB initials (no person), IF Saint-Etienne the outlet.

RECORDS = [
    P("Gaël Perdriau", ["Gaël Perdriau"],
      roles=[("[présidée] par Gaël", "Saint-Etienne Métropole", "président")]),
    P("Olivier Bianchi", ["Olivier Bianchi"],
      roles=[("[présidée] par Olivier", "Clermont Auvergne Métropole", "président")]),
    P("Georges Hallary", ["Georges Hallary"],
      roles=[("[vice-président] de Saint-Etienne", "Saint-Etienne Métropole")]),

    O("Saint-Etienne Métropole", "public_body",
      ["[Saint-Etienne] et Clermont prennent", ("Saint-Etienne Métropole", 1), "SEM",
       ("Saint-Etienne Métropole", 2), ("Saint-Etienne Métropole", 3)],
      aliases=["SEM", "Saint-Etienne"]),
    O("Clermont Auvergne Métropole", "public_body",
      ["Saint-Etienne et [Clermont] prennent", ("Clermont Auvergne Métropole", 1), ("Clermont Auvergne Métropole", 2)],
      aliases=["Clermont"]),
    O("SCR Métropoles Innovations", "company", [("SCR Métropoles Innovations", i) for i in range(1, 4)]),
    O("Crédit Agricole Centre France", "company", [("Crédit Agricole Centre France", 1), ("Crédit Agricole Centre France", 2)]),
    O("IF Saint-Etienne", "media", ["IF Saint-Etienne"]),
    O("Sofimac Régions", "company", ["Sofimac Régions"]),

    L("France", ["première en [France]", "unique en [France]"]),
    L("Clermont", ["celle de [Clermont]"]),
    L("Loire", ["la [Loire],"]),
    L("Haute-Loire", ["Haute-Loire"]),
    L("Puy-de-Dôme", ["Puy-de-Dôme"]),

    A("10 M€", 10000000),
    A("2,5 M€", 2500000, to="SCR Métropoles Innovations",
      by=["Saint-Etienne Métropole", "Clermont Auvergne Métropole"]),
    A("15 millions d’euros", 15000000),

    D("en [ce début d’année]", None, relative=True),  # §16 demonstrative
]

UNANNOTATED = []
