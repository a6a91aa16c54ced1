# pt410 — pressreader.com (La Tribune de Lyon), Les Petites Cantines network.
BODY_START = "Les Petites Cantines créent leur réseau"
BODY_END = "Newspapers in French"

RECORDS = [
    O("Les Petites Cantines", "association",
      [("Les Petites Cantines", 1), ("Les Petites Cantines", 2), ("Les Petites Cantines", 3),
       "les [Petites Cantines] souhaitent"]),
    P("NELLY PAILLEUX", ["NELLY PAILLEUX"]),  # byline
    D("commencée en [2015]", "2015"),
    M("15 000 adhérents", "Les Petites Cantines", 15000, "adhérents"),
    L("Lyon Vaise", ["Lyon Vaise"]),
    L("Lyon Perrache", ["Lyon Perrache"]),
    L("Lyon Paul- Santy", ["Lyon Paul- Santy"]),
    L("Lille- Croix", ["Lille- Croix"]),
    D("D’ici la [fin de l’année]", None, mod="END", relative=True),
    L("Strasbourg", ["Strasbourg"]),
    L("Annecy", ["Annecy"]),
    O("Réseau Les Petites Cantines", "other", ["Réseau Les Petites Cantines"]),
    D("en [2022]", "2022"),
    P("Diane Dupré La Tour", ["Diane Dupré La Tour"],
      roles=[("deux [cofondateurs]", "Les Petites Cantines")]),
    P("Étienne Thouvenot", ["Étienne Thouvenot"],
      roles=[("deux [cofondateurs]", "Les Petites Cantines")]),
    A("30 000 €", 30000, to="Les Petites Cantines"),
    A("250 000 €", 250000, to="Les Petites Cantines"),
    D("250 000 € [cette année]", None, relative=True),
]

UNANNOTATED = [("Petites Cantines", 5, "« 20 Petites Cantines »: common-noun plural, the canteens, not the association")]
