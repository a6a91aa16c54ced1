# pt349 — hubertvialatte.com, Occitanie, Montpellier start-ups, BigUp4startUp and Sprint LRMP (2016)
BODY_START = None
BODY_END = None
# "BigUp4startUp": event; "Sprint LRMP": a programme (no record). The final "Patrick C" is cut.

RECORDS = [
    P("Arnaud Laurent", ["Arnaud Laurent"],
      roles=[("[associé] de XLR", "XLR Capital")]),
    P("Patrick Chekib", ["Patrick Chekib"],
      roles=[("[associé] de XLR", "XLR Capital")]),   # "associé de XLR Capital aux côtés de Patrick Chekib"

    O("Business Innovation Center", "other", ["Business Innovation Center"]),
    O("1001 Pharmacies", "company", ["1001 Pharmacies"]),
    O("TellMePlus", "company", ["TellMePlus"]),
    O("Teads", "company", ["Teads"]),
    O("Matooma", "company", ["Matooma"]),
    O("HTTPCS", "company", ["HTTPCS"]),
    O("French Tech Montpellier", "other", ["French Tech Montpellier"]),
    O("La Poste", "company", ["La Poste"]),  # §16 head noun "Groupe" left out
    O("Montpellier Méditerranée Métropole", "public_body", ["Montpellier Méditerranée Métropole"]),
    O("Numa", "other", ["Numa"]),
    O("XLR Capital", "other", [("XLR Capital", 1), ("XLR Capital", 2)]),  # §16 kind (was company)

    L("Montpellier", ["métropole de [Montpellier]", "à [Montpellier], par", "start-up de [Montpellier]"]),
    L("Toulouse", ["Toulouse"]),
    L("Languedoc-Roussillon-Midi-Pyrénées", ["Languedoc-Roussillon-Midi-Pyrénées", "([LRMP])", "basées en [LRMP]"]),
    L("Cap Alpha", ["Cap Alpha"]),
    L("Cap Omega", ["Cap Omega"]),
    L("Cap Gamma", ["Cap Gamma"]),
    L("Paris", ["Numa ([Paris])", "à [Paris], Lyon"]),
    L("Lyon", ["Lyon"]),
    L("Marseille", ["Marseille"]),

    A("80 millions d’euros", 80000000),

    D("En [2015]", "2015"),
    D("19 et 20 mai", "XXXX-05-19", value_end="XXXX-05-20"),
]

UNANNOTATED = [("LRMP", 2, "inside the programme name Sprint LRMP"),
               ("LRMP", 3, "inside the programme name Sprint LRMP")]
