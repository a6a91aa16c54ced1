# pt218: Ecoaustral, Qualitropic's new president Alain Chatel (2014).
BODY_START = "Qualitropic souhaite"  # "Performance" / "Réunion" are section tags
BODY_END = None

Q = "Qualitropic"
RECORDS = [
    P("Alain Chatel", ["Alain Chatel"],
      roles=[("ans, [président] du pôle", Q),
             ("gérant", "J. Chatel"),
             ("sous sa [présidence]", Q, "président")]),
    P("Françoise Delabaere", ["Françoise Delabaere"], roles=[("directrice", Q)]),

    O(Q, "association", [(Q, i) for i in (1, 2, 3, 4)]),
    O("J. Chatel", "company", ["J. Chatel"]),

    M("102 entreprises adhérentes", Q, 102, "entreprises adhérentes"),

    A("800 000 euros", 800000, to=Q),
    A("27 millions d'euros", 27000000),
    A("entre 110 et 5 000 euros", 110, value_max=5000),

    D("27 Jan 2014", "2014-01-27"),
    D("en [juin]", "XXXX-06"),
    D("il y a huit ans", None, relative=True),
]
UNANNOTATED = []
