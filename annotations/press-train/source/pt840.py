# pt840 — alliancy.fr, the Fonds venture numérique lorrain launched by ILP seeks new subscribers
BODY_START = None
BODY_END = None
FVN = "Fonds venture numérique lorrain"

RECORDS = [
    P("Hervé Obed", [("Hervé Obed", 1), ("Hervé Obed", 2)], roles=[("président", "ILP")]),

    O("ILP", "company", [("ILP", 1), ("ILP", 2)]),             # "le groupe"
    O(FVN, "company", [FVN, "Le [Fonds numérique]"], aliases=["Fonds numérique"]),   # "une société de capital-risque"

    L("Lorraine", ["région [Lorraine]"]),                      # lowercase "région" (§15)

    D("il y a un peu plus d’un an", None, relative=True),
    A("1,6 million d’euros", 1600000, by=[FVN]),               # invested in seven start-ups
    A("7 millions d’euros", 7000000),
    A("sept millions d’euros", 7000000),                       # the fund's size
    A("entre [100 000 et 1 million d’euros]", 100000, value_max=1000000),   # ticket range (§16)
    D("l’année [2015]", "2015"),
    D("d’ici cinq ans", None, relative=True),
    A("trente millions d’euros", 30000000),
]

# "le Fonds souhaite": a capitalized common noun (§16).
UNANNOTATED = []
