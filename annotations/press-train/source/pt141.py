# La Tribune Marseille 2017: French Tech Côte d'Azur after the loss of a co-president.
BODY_START = None
BODY_END = None

F = "French Tech Côte d'Azur"
N = "Nice Start(s) Up"
RECORDS = [
    P("Fabrice Moizan", ["Fabrice Moizan"], roles=[("Amputé d'un [co-président]", F)]),
    P("Eric Leandri", ["Eric Leandri"], roles=[("PDG", "Qwant"), (None, F)]),  # "seul aux manettes présidentielles"
    P("Cédric Ulmer", ["Cédric Ulmer"], roles=[("que [co-président] Cédric", "Telecom Valley", "co-président")]),  # verb
    P("Pascal Vignon", ["Pascal Vignon"], roles=[("que [co-président] Cédric", "Telecom Valley", "co-président")]),
    P("Philippe Garcia", ["Philippe Garcia"], roles=[(None, N)]),  # "sous la houlette de"

    O(F, "association", [(F, 1), (F, 2)]),
    O("Gayatech", "company", ["Gayatech"]),
    O("Qwant", "company", [("Qwant", 1), ("Qwant", 2)]),
    O(N, "association", [(N, 1), (N, 2)]),
    O("Telecom Valley", "association", [("Telecom Valley", 1), ("Telecom Valley", 2)]),

    L("Sophia-Antipolis", ["Sophia-Antipolis"]),

    M("160 adhérents", "Telecom Valley", 160, "adhérents"),
]
UNANNOTATED = []
