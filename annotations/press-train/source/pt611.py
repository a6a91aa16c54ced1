# pt611 — touleco.fr, interview on the Occitanie digital cluster merger (2017)
BODY_START = "Pierre Denisez, vous"
BODY_END = None

RECORDS = [
    P("Pierre Denisez", ["Pierre Denisez"]),   # the interviewee; no title or organization stated
    P("Thomas Fraisse", ["Thomas Fraisse"],
      roles=[("Le [directeur général] de FrenchSouth", "FrenchSouth.digital"),
             ("directeur général délégué", None)]),   # of the future merged structure, not yet named

    O("FrenchSouth.digital", "association", [("FrenchSouth.digital", i) for i in range(1, 5)]),
    O("Digital Place", "association", ["DigitalPlace", ("Digital Place", 1), ("Digital Place", 2)],
      aliases=["DigitalPlace"]),
    O("BIC Innov’up", "other", ["BIC Innov’up"]),

    L("Occitanie", [("Occitanie", 1), ("Occitanie", 2)]),
    L("Montpellier", ["Montpellier"]),
    L("Maison du Numérique", ["Maison du Numérique"]),
    L("Nîmes", ["Nîmes"]),

    D("dès [janvier 2017]", "2017-01"),
    D("fin juin 2017", "2017-06", mod="END"),
    D("début janvier 2018", "2018-01", mod="START"),
    D("lancée en [octobre]", "XXXX-10"),
    D("début 2017", "2017", mod="START"),
    D("9 octobre", "XXXX-10-09"),
]

UNANNOTATED = []
