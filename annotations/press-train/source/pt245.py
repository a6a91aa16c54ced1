# pt245: actualites-cci.com, the CCIR Midi-Pyrénées partners with the pôle Derbi (2012).
BODY_START = None
BODY_END = None

CCIR = "Chambre de commerce de région Midi-Pyrénées"
DERBI = "Développement des énergies renouvelables dans le bâtiment et l’industrie"
RECORDS = [
    P("André Joffre", ["André Joffre"],
      roles=[("à la [présidence] de Derbi", DERBI, "président"),
             ("PDG", "Tecsol"), ("et [fondateur] de la société", "Tecsol")]),
    P("Thierry Roux", ["Thierry Roux"], roles=[(None, "Pulsar Innovation")]),  # "qui dirige"

    O(CCIR, "public_body", ["CCIR Midi-Pyrénées", CCIR, "([CCIR])"], aliases=["CCIR Midi-Pyrénées", "CCIR"]),
    O(DERBI, "association", [("Derbi", i) for i in range(1, 7)] + [DERBI], aliases=["Derbi"]),
    O("Tecsol", "company", ["Tecsol"]),
    O("Pulsar Innovation", "company", [("Pulsar Innovation", 1), ("Pulsar Innovation", 2)]),
    O("Oseo", "public_body", ["Oseo1"]),  # footnote mark glued to the name

    L("Midi-Pyrénées", ["des [Midi-Pyrénées]", "originaires de [Midi-Pyrénées]."]),
    L("France", ["France"]),
    L("Toulouse", ["Toulouse"]),
    L("Perpignan", ["Perpignan"]),

    A("15 millions d’euros", 15000000),

    D("Le [19 janvier], la", "XXXX-01-19"),
    D("19 janvier 2012", "2012-01-19"),
    D("En [2010]", "2010"),
    D("en [2005]", "2005"),
]
UNANNOTATED = []
