# pt814 — picardiegazette.fr, Lille Métropole innovation holds monthly sessions in Picardy (2017)
BODY_START = "Membre du réseau"     # " date 2017-06 ": store prefix
BODY_END = None
LMI = "Lille Métropole innovation"

RECORDS = [
    P("Dominique Rybicki", [("Dominique Rybicki", 1), ("Dominique Rybicki", 2)],
      roles=[("directrice", LMI)]),

    O("Initiative Hauts-de-France", "other", ["Initiative Hauts-de-France"]),
    O(LMI, "association", [(LMI, 1), ("LMI", 1), (LMI, 2), (LMI, 3), ("LMI", 2), ("LMI", 3)],
      aliases=["LMI"]),
    O("Initiative Somme", "other", ["Initiative Somme"]),
    O("Initiative", "other", ["le réseau [Initiative] ou"]),

    L("Lille", ["à [Lille]"]),

    D("depuis [janvier]", "XXXX-01"),
    D("Créée en [1983]", "1983"),
    D("depuis [2011]", "2011"),
    A("50 000 à 80 000 euros", 50000, value_max=80000),   # per-project loan range: no link (§16)
    D("cette année", None, relative=True),
]

UNANNOTATED = []
