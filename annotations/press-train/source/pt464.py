# pt464 — grenoble-giant.org, Nicolas Dufourcq (Bpifrance) at tech&fest in Grenoble.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Grenoble", [("Grenoble", 1), ("Grenoble", 2), ("Grenoble", 3), ("Grenoble", 4), ("Grenoble", 5)]),
    P("Nicolas Dufourcq", [("Nicolas Dufourcq", 1), ("Nicolas Dufourcq", 2)],
      roles=[("[directeur général] de Bpifrance", "Banque publique d’investissement"),
             (None, "Banque publique d’investissement")]),  # "celui qui dirige la Banque publique d'investissement"
    O("Banque publique d’investissement", "public_body",
      [("Bpifrance", 1), "Banque publique d’investissement", ("Bpifrance", 2)], aliases=["Bpifrance"]),
    D("promis [ce jeudi]", None, relative=True),
    D("qu’en [2022]", "2022"),
    A("67 milliards d’euros", 67000000000, by=["Banque publique d’investissement"]),
    L("Alpes", ["Alpes"]),
    L("France", [("France", 1), ("France", 2), ("France", 3)]),
    L("Californie", ["Californie"]),
]

UNANNOTATED = []
