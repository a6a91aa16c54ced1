# pt749 — megazap.fr, the OPT joins the bureau of the New Caledonia digital observatory ONNC (2015)
BODY_START = None
BODY_END = None
ONNC = "Observatoire Numérique en Nouvelle-Calédonie"
OPT = "OPT-NC"

RECORDS = [
    O(OPT, "other", ["L'[OPT] intègre", ("OPT-NC", 1), ("OPT-NC", 2), ("OPT-NC", 3)], aliases=["OPT"]),
    O(ONNC, "association", [(ONNC, 1), ("ONNC", 1), (ONNC, 2), ("ONNC", 2), ("ONNC", 3), ("ONNC", 4), ("ONNC", 5), ("ONNC", 6)],
      aliases=["ONNC"]),
    D("Lundi 4 Mai 2015", "2015-05-04"),
    D("25 mars 2015", "2015-03-25"),
    P("Philippe GERVOLINO", [("Philippe GERVOLINO", 1), ("Philippe GERVOLINO", 2)],
      roles=[("nouveaux [membres du bureau]", ONNC),            # "Parmi eux, Philippe GERVOLINO"
             ("directeur général adjoint en charge du numérique et de l'aménagement", OPT),
             ("nommé [Secrétaire]", ONNC),
             ("Directeur général adjoint en charge du numérique et de l'aménagement", OPT)]),
    L("France", ["France"]),
    L("Pacifique", ["Pacifique"]),
]
UNANNOTATED = []
