BODY_START = None
BODY_END = None

B = "bpifrance"
RECORDS = [
    P("Nicolas Dufourcq", [("Nicolas Dufourcq", 1), ("Nicolas Dufourcq", 2), ("Nicolas Dufourcq", 3)],
      roles=[("le [directeur général] Nicolas", B)]),
    P("Françoise Guetron-Gouazé", ["Françoise Guetron-Gouazé"],
      roles=[(None, B),                                   # "La banque sera dirigée ... par"
             ("[ex-directrice régionale] d'OSEO", "OSEO")]),
    P("Pierre de Bousquet", ["Pierre de Bousquet"],
      roles=[("le [Préfet] de région", None)]),
    P("Christian Bourquin", ["Christian Bourquin"],
      roles=[("Bourquin, [président] du Conseil", None)]),   # "Conseil régional" with no region named

    O(B, "public_body", ["général de [bpifrance] était", "création de [bpifrance], le",
                         "L'activité de [bpifrance] sera"]),
    O("bpifrance financement", "public_body", [("bpifrance financement", 1), ("bpifrance financement", 2)]),
    O("bpifrance investissement", "public_body", [("bpifrance investissement", 1),
                                                  ("bpifrance investissement", 2)]),
    O("OSEO", "public_body", [("OSEO", 1), ("OSEO", 2), ("OSEO", 3)]),
    O("FSI", "public_body", ["suite du [FSI], de"]),
    O("FSI Régions", "public_body", ["FSI Régions"]),
    O("CDC Entreprises", "public_body", ["CDC Entreprises"]),

    L("Montpellier", [("Montpellier", 1), ("Montpellier", 2)]),
    L("Languedoc-Roussillon", [("Languedoc-Roussillon", 1), ("Languedoc-Roussillon", 2)]),

    A("1,3 Md €", 1300000000, by=["OSEO"]),   # 3 310 companies financed in 2012 (OSEO's activity)
    A("18 M€", 18000000),

    D("12 juin", "XXXX-06-12"),
    D("financées, en [2012]", "2012"),
    D("En [2012], 22", "2012"),
]

UNANNOTATED = []
