# pt646 — rhmatin.com, Syntec Numérique + TECH IN France become numeum (2021)
BODY_END = None

RECORDS = [
    P("Philippe Guerrier", ["Philippe Guerrier"]),      # byline
    P("Godefroy de Bentzmann", ["Godefroy de Bentzmann"],
      roles=[("ex-président", "Syntec Numérique"), ("co-présidents", "numeum")]),
    P("Pierre-Marie Lehucher", ["Pierre-Marie Lehucher"],
      roles=[(("ex-président", 2), "TECH IN France"), ("co-présidents", "numeum")]),   # "les deux dirigeants ... deviennent co-présidents"
    P("Véronique Di Benedetto", ["Véronique Di Benedetto"], roles=[("vice-présidente", "Syntec Numérique")]),

    O("numeum", "association", [("numeum", i) for i in range(1, 6)] + ["Numeum"]),
    O("Syntec Numérique", "association", [("Syntec Numérique", i) for i in range(1, 7)]),
    O("TECH IN France", "association", [("TECH IN France", i) for i in range(1, 6)]),
    O("Fédération Syntec", "association", ["Fédération Syntec"]),

    L("France", [("France", 3), ("France", 6)]),

    M("2300 entreprises", "numeum", 2300, "entreprises"),

    D("18 juin 2021", "2021-06-18"),
]

UNANNOTATED = []
