# La Gazette 2019: interview of the president of the Communauté French Tech Grand Hainaut.
BODY_START = None
BODY_END = None

F = "French Tech Grand Hainaut"
RECORDS = [
    P("Abdel Halitim", [("Abdel Halitim", 1), ("Abdel Halitim", 2)],
      roles=[("dirigeant", "Akao informatique"), ("[président] de cette Communauté", F)]),

    O(F, "other", [(F, 1), (F, 2)]),
    O("Akao informatique", "company", ["Akao informatique"]),
    O("La Gazette", "media", ["La Gazette"]),
    O("Simone", "company", ["Simone"]),
    O("Constructions-3D", "company", ["Constructions-3D"]),

    L("Hauts-de-France", ["Hauts-de-France"]),
    L("Valenciennes Métropole", ["Valenciennes Métropole"]),
    L("Denaisis", ["Denaisis"]),
    L("Cambrésis", ["Cambrésis"]),
    L("Maubeuge", ["Maubeuge"]),
    L("Avesnois", ["Avesnois"]),

    D("avril dernier", None, relative=True),
    D(("en [avril]", 2), "XXXX-04"),
    D("à partir de [janvier]", "XXXX-01"),
    D("11 février", "XXXX-02-11"),
]
UNANNOTATED = []
