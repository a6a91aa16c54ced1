# pt729 — 97land.com, interview of Carine Sinaï Bossou, first woman president of the CCI de Guyane (2017)
BODY_START = "Rencontre avec"      # "Société": section line
BODY_END = None
CCI = "Chambre de Commerce et d’Industrie en Guyane"

RECORDS = [
    P("Carine SINAÏ BOSSOU", [("Carine SINAÏ BOSSOU", 1), ("Carine SINAÏ BOSSOU", 2)],
      roles=[("BOSSOU, [Présidente]", CCI), ("fonction de [Présidente]", CCI), ("La nouvelle [présidente]", CCI)]),
    O(CCI, "public_body", ["CCI de Guyane", CCI], aliases=["CCI de Guyane"]),
    D("12 septembre 2017", "2017-09-12"),
    O("97Land", "media", ["97Land", ("97L", 1), ("97L", 2)], aliases=["97L"]),   # the outlet asking the questions
    D("Mars-Avril 2017", "2017-03", value_end="2017-04"),
    L("Guyane", ["bouger en [Guyane]", "que la [Guyane] a", "pour la [Guyane]", "de la [Guyane] est", "que la [Guyane] soit"]),
]
UNANNOTATED = []
