# pt827 — lebuzzdubiz.fr, the Métropole de Lyon stops its yearly subsidy to French Tech One Lyon Saint-Etienne
BODY_START = None
BODY_END = None
FT = "French Tech One de Lyon et de Saint-Etienne"
ML = "Métropole de Lyon"
EELV = "Europe Ecologie Les Verts"
FING = "Fondation Internet Nouvelle Génération"

RECORDS = [
    P("Émeline Baume", [("Émeline Baume", 1), ("Émeline Baume", 2)],
      roles=[("Baume, [vice présidente] de la", ML),
             ("membre", EELV),                                  # "membre du parti ..."
             ("l’[élue] Émeline", None),
             ("administratrice", FING),                          # "de l’organisme" = the Fing
             ("La [vice présidente] de la métropole", ML)]),    # the same person again

    O(FT, "association", [(FT, 1), (FT, 2)]),                  # "qui est une association"
    O(EELV, "other", ["décision des [Verts]", EELV], aliases=["Verts"]),
    O(ML, "public_body", [ML, ("métropole de Lyon", 1), ("métropole de Lyon", 2)]),
    O(FING, "other", [("Fing", 1), FING, ("Fing", 2)], aliases=["Fing"]),

    L("Lyon", ["politique de [Lyon]"]),

    D("en [2022]", "2022"),
    A("70 000€", 70000, to=FT, by=[ML]),       # "reversée à la French Tech, qui est une association" = the association above
    D("septembre 2021", "2021-09"),
    A("80 000 €", 80000, to=FING, by=[ML]),
]

# "la French Tech" alone: a label, never an organization (§15), though it stands for the association here.
UNANNOTATED = []
