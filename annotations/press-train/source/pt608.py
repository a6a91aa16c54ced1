# pt608 — objectif-languedoc-roussillon.latribune.fr, birth of Digital 113 (2019)
BODY_END = None

RECORDS = [
    P("Daniel Benchimol", ["Daniel Benchimol"],
      roles=[("présidents", "Digital Place")]),          # "présidents de Digital Place et FrenchSouth.digital", in order
    P("Pierre Deniset", [("Pierre Deniset", 1), ("Pierre Deniset", 2), ("Pierre Deniset", 3)],
      roles=[("présidents", "FrenchSouth.digital"),
             (("Deniset, [président] de FrenchSouth", 1), "FrenchSouth.digital"),   # the captions restate the title:
             (("Deniset, [président] de FrenchSouth", 2), "FrenchSouth.digital")]),  # one role per span (§15)
    P("Emilie Ribou", ["Emilie Ribou"]),

    O("Digital 113", "association", [("Digital 113", i) for i in range(1, 6)]),
    O("Digital Place", "association", [("Digital Place", 1), ("Digital Place", 2)]),
    O("FrenchSouth.digital", "association", [("FrenchSouth.digital", i) for i in range(1, 5)]),

    L("Occitanie", [("Occitanie", i) for i in range(1, 8)]),
    L("Toulouse", [("Toulouse", 1), ("Toulouse", 2)]),
    L("Montpellier", [("Montpellier", 1), ("Montpellier", 2)]),

    M("près de [400 entreprises]", "Digital 113", 400, "entreprises", "about"),
    M("plus de [350 membres]", "Digital 113", 350, "membres", "over"),

    A("1,2 Md €", 1200000000),   # turnover: no link
    A("8 Mds €", 8000000000),    # turnover: no link

    D(("5 février", 1), "XXXX-02-05"),
    D(("5 février", 2), "XXXX-02-05"),
    D(("5 février", 3), "XXXX-02-05"),
    D(("5 février", 4), "XXXX-02-05"),
]

UNANNOTATED = []
