# pt831 — terrafemina.com, the six winners of the 2012 "Créatrices d'avenir" contest and their 4000 € prizes
BODY_START = None
BODY_END = None
IDFA = "Île de France Active"

RECORDS = [
    P("Virginie Dulucq", ["Virginie Dulucq"]),
    P("Leila Rive", ["Leila Rive"]),
    P("Francine Roudon", ["Francine Roudon"]),
    P("Valérie Malhouitre", ["Valérie Malhouitre"]),
    P("Doris Séjourne", ["Doris Séjourne"]),
    P("Nathalie Lafoux", ["Nathalie Lafoux"]),
    P("Prune Nercy", ["Prune Nercy"]),
    P("Emmanuel Gagnerot", ["Emmanuel Gagnerot"], roles=[("directeur", IDFA)]),

    O(IDFA, "other", [(IDFA, 1), (IDFA, 2)]),       # "le réseau"

    L("Palais Brongniart", ["Palais Brongniart"]),
    L("Paris", ["Paris"]),
    L("Île de France", ["En [Île de France]"]),

    D("récompensait [lundi]", None, relative=True),
    D("lauréates [2012]", "2012"),
    A("4000 euros", 4000),                          # each category's prize; its giver is not said
]

# "Créatrices d’avenir": a contest; "FGIF (Fond de Garantie à l'Initiative des Femmes)": a guarantee scheme, and
# inside the prize name "prix FGIF" (§16); neither is an organization.
UNANNOTATED = []
