# pt844 — gouv.nc, New Caledonia innovation calls for projects (PIA 3): winners announced (2023)
BODY_START = None
BODY_END = None
BPI = "Banque publique d’investissement Nouvelle-Calédonie"
HC = "haut-commissariat de la République"

RECORDS = [
    P("Carine Farault", ["Carine Farault"], roles=[("secrétaire générale adjointe", HC)]),
    P("Louis Mapou", ["Louis Mapou"], roles=[("du [président] du gouvernement", None)]),   # "le gouvernement": generic, no record

    O(BPI, "public_body",
      ["Banque publique d’investissement (Bpifrance) Nouvelle-Calédonie", ("Bpifrance", 2), ("Bpifrance", 3)],
      aliases=["Bpifrance", "Bpifrance Nouvelle-Calédonie"]),
    O(HC, "public_body", [HC]),
    O("ADECAL Technopole", "other", ["ADECAL Technopole"]),   # its "pôle innovation": an internal unit

    D(("novembre 2022", 1), "2022-11"),
    D(("mardi 18 avril", 1), "XXXX-04-18"),
    D("lancé en [2017]", "2017"),
    A("226 millions de francs", 226000000, currency="XPF"),   # the programme's envelope
    D(("novembre 2022", 2), "2022-11"),
    D(("mardi 18 avril", 2), "XXXX-04-18"),
]

# "PIA 3", "PIA", "France 2030": programmes; "le gouvernement", "l’État": generic.
UNANNOTATED = []
