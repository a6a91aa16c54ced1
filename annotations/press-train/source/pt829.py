# pt829 — webtimemedias.com, Sophia Business Angels turns fifteen: members and money raised
BODY_START = None
BODY_END = None
SBA = "Sophia Business Angels"

RECORDS = [
    P("Pierre Laffitte", [("Pierre Laffitte", i) for i in range(1, 4)],
      roles=[("le [fondateur] de la technopole", None),     # "la technopole" (Sophia Antipolis): a place
             ("le [sénateur] Pierre", None)]),
    P("Edgardo da Fonseca", ["Edgardo da Fonseca"],
      roles=[("le [président] fondateur", SBA), ("président [fondateur], j'ai", SBA)]),

    O(SBA, "association", [(SBA, 1), (SBA, 2), ("SBA", 1), ("SBA", 2), ("SBA", 3), ("SBA", 4)],
      aliases=["SBA"]),                                      # "le club"
    O("WebTimeMedias", "media", ["WebTimeMedias"]),          # photo credit

    L("Espaces Antipolis", ["Espaces Antipolis"]),
    L("Sophia Antipolis", [("Sophia Antipolis", 1), ("Sophia Antipolis", 2)]),
    L("Kilimandjaro", ["Kilimandjaro"]),

    D("cette année", None, relative=True),
    D("en [2002]", "2002"),
    M("14 membres", SBA, 14, "membres"),
    M("30 à 50 membres réguliers", SBA, 30, "membres réguliers", "over"),   # "de 30 à 50": the lower bound
    A("près de [55 M€]", 55000000, qualifier="about", to=SBA),
]

# "France Angels Tour": an event (no nested "France Angels").
UNANNOTATED = []
