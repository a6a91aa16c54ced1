# pt265: Montagne Leaders, Cluster Montagne general assembly, Patrick Grand'Eury re-elected.
BODY_START = None
BODY_END = None

CM = "Cluster Montagne"
RECORDS = [
    P("Patrick Grand’Eury", [("Patrick Grand’Eury", 1), ("Patrick Grand’Eury", 2)],
      roles=[("réélu [président] après", CM),
             ("le [président] du Cluster", CM),
             ("Le [président] sortant", CM)]),
    P("Alain Griset", ["Alain Griset"],
      roles=[("ministre chargé des petites et moyennes entreprises", None)]),

    O(CM, "association", [(CM, i) for i in (1, 2, 3, 4)]),
    O("Bercy", "public_body", ["Bercy"]),

    L("Montmélian", ["Montmélian"]),

    D("générale [2020] 100%", "2020"),
    D("2 juillet", "XXXX-07-02"),
    D("en [2018]", "2018"),
]
UNANNOTATED = []
