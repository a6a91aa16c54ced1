# pt214: science-ethique blog (press release copy), Pôle Mer Bretagne general assembly 2011.
BODY_START = None
BODY_END = None

PMB = "Pôle Mer Bretagne"
RECORDS = [
    P("Hervé Moulinier", ["Hervé Moulinier"], roles=[("son [président] Hervé", PMB)]),

    O(PMB, "association", [PMB, "le [Pôle mer] s"], aliases=["Pôle mer"]),

    L("Bretagne", ["la [Bretagne] mais"]),
    L("Centre d’Instruction Naval", ["Centre d’Instruction Naval"]),
    L("Brest", ["Brest"]),

    D("Depuis [2005]", "2005"),
    D("8 avril 2011", "2011-04-08"),
    D("année 2010", "2010"),
]
UNANNOTATED = []
