# pt346 — gouv.nc, Nouvelle-Calédonie, the territory gets the French Tech label (2020)
BODY_START = None
BODY_END = None
# "French Tech" (label, initiative). "l’État": generic. "l’Incubateur/Accélérateur du pôle innovation": internal unit.

RECORDS = [
    P("César Delisle", ["César Delisle"],
      roles=[("[président] de la jeune", "French Tech Nouvelle-Calédonie")]),
    P("Thierry Santa", ["Thierry Santa"],
      roles=[("président du gouvernement", None)]),   # "Le président du gouvernement a également rappelé"

    O("French Tech Nouvelle-Calédonie", "other", ["French Tech Nouvelle-Calédonie"]),
    O("IRD", "education_research", ["IRD"]),
    O("Adecal Technopole", "other", ["Adecal Technopole"]),

    L("Calédonie", ["La [Calédonie] innovante"]),
    L("Nouvelle-Calédonie", ["La [Nouvelle-Calédonie] a obtenu"]),
    L("Outre-mer", [("Outre-mer", 1), ("Outre-mer", 2)]),
    L("Nouméa", ["Nouméa"]),
    L("Pacifique", ["Pacifique"]),

    D("4 mai dernier", None, relative=True),
    D("le [3 juin]", "XXXX-06-03"),
]

UNANNOTATED = []
