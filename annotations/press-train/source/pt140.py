# Nice-Matin (via PressReader) 2017: where French Tech Côte d'Azur stands; president interview.
BODY_START = "Où en est la French Tech"  # the paper's name line is PressReader chrome
BODY_END = None

F = "French Tech Côte d’Azur"
RECORDS = [
    P("KARINE WENGER", ["KARINE WENGER"]),  # byline
    P("Eric Léandri", [("Eric Léandri", n) for n in range(1, 4)],
      roles=[("son [président] Eric", F), ("Léandri, [président] de la French", F), ("pdg", "Qwant")]),  # slip: second title span had no role
    P("Fabrice Moizan", [("Fabrice Moizan", 1), ("Fabrice Moizan", 2)],
      roles=[("fondateur", "Gayatech"), ("[coprésident] avec Eric", F)]),   # "créé par Fabrice Moizan": creation, no role (§15)

    O(F, "association", [(F, n) for n in range(1, 7)]),
    O("CEEI", "other", [("CEEI", 1), ("CEEI", 2)]),
    O("Qwant", "company", ["Qwant"]),
    O("Gayatech", "company", ["Gayatech"]),
    O("Nice Start(s)up", "other", ["Nice Start(s)up"]),
    O("EducAzur", "association", ["EducAzur"]),

    L("Sophia Antipolis", [("Sophia Antipolis", 1), ("Sophia Antipolis", 2), ("Sophia Antipolis", 3), "à [Sophia],"]),
    L("Nice", ["CEEI à [Nice]. Depuis", "([Nice], Sophia", "Antipolis et [Nice], entre", "territoire de [Nice]", "Totem à [Nice] au"]),
    L("Cannes", ["Cannes"]),
    L("Grasse", ["Grasse"]),
    L("place Bermond", ["place Bermond"]),
    L("Business Pôle", ["Business Pôle"]),

    D("Le  [octobre]", "XXXX-10"),
    D("cet été", None, relative=True),
    D("en [novembre]", "XXXX-11"),
    D("en [juillet]", "XXXX-07"),
]
UNANNOTATED = []
