# pt832 — actu-juridique.fr, interview of the president of Initiative Île-de-France on the "Créatrices d'Avenir" contest
BODY_START = None
BODY_END = None
IIDF = "Initiative Île-de-France"

RECORDS = [
    P("Francine Savidan", [("Francine Savidan", i) for i in range(1, 4)],
      roles=[("présidente", IIDF)]),

    O(IIDF, "other", [IIDF]),                        # "le réseau"
    O("Actu-Juridique", "media", ["Actu-Juridique", "AJ"], aliases=["AJ"]),   # the interviewing outlet

    L("Île-de-France", ["en [Île-de-France], les", "l’[Île-de-France] regorge"]),

    D("juin dernier", None, relative=True),
    D("30 septembre", "XXXX-09-30"),
    A("60 000 euros", 60000),                        # the prizes' total endowment
    D("depuis [2015]", "2015"),
    D("en [2011]", "2011"),
    D("cette année", None, relative=True),
]

# "Créatrices d’Avenir": a contest, not an organization.
UNANNOTATED = []
