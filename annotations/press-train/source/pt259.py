# pt259: Premium Beauty News, the Cosmetic Valley structures itself (2016).
BODY_START = None
BODY_END = None

CV = "Cosmetic Valley"
PASS = "Parfums Arômes Senteurs Saveurs"
MAJ = "Marc-Antoine Jamet"
RECORDS = [
    P(MAJ, [(MAJ, i) for i in (1, 2, 3, 4)],
      roles=[("son [président], Marc-Antoine", CV),
             ("secrétaire général", "LVMH"),
             ("Prsident", CV)]),
    P("Jean-Luc Ansel", ["Jean-Luc Ansel"], roles=[("Directeur général", CV)]),

    O(CV, "association", [(CV, i) for i in (1, 2, 3, 4, 5)]),
    O("LVMH", "company", ["LVMH"]),
    O("Brit’Innov", "association", ["Brit’Innov"]),
    O(PASS, "association", ["PASS", PASS], aliases=["PASS"]),

    L("Chartres", [("Chartres", 1), ("Chartres", 2)]),
    L("Bretagne", ["Bretagne"]),
    L("Ploufragan", ["Ploufragan"]),
    L("Côtes d’Armor", ["Côtes d’Armor"]),

    M("850 membres", CV, 850, "membres"),

    D("en [1994]", "1994"),
    D("en [2005]", "2005"),
    D("2004 et 2016", "2004", value_end="2016"),
    D("L’[année 2016]", "2016"),
    D("1er juillet prochain", None, relative=True),
]
UNANNOTATED = []
