# WebTimeMedias: French Tech Côte d'Azur starts a new stage (statutes, staff).
BODY_START = None
BODY_END = None

F = "French Tech Côte d'Azur"
RECORDS = [
    P("Farouk Raïs", [("Farouk Raïs", 1), ("Farouk Raïs", 2)], roles=[("nouvel [opérationnel] de la French", F)]),
    P("Jessica Pellegrini", ["Jessica Pellegrini"], roles=[("directrice opérationnelle", F)]),  # "de la French Tech" = the association
    P("Cédric Messina", ["Cédric Messina"], roles=[("co-président", F)]),
    P("Eric Léandri", ["Eric Léandri"], roles=[("co-président", F)]),  # "co-président avec Eric Léandri"

    O(F, "association", [(F, 1), (F, 2), (F, 3), ("FTCA", 1), ("FTCA", 2), ("FTCA", 3)], aliases=["FTCA"]),
    O("Cannes is Up", "other", [("Cannes is Up", 1), ("Cannes is Up", 2)]),
    O("Club des Entrepreneurs de Grasse", "association", ["Club des Entrepreneurs de Grasse"]),
    O("Nice Start Up", "association", ["Nice Start Up"]),
    O("Telecom Valley", "association", ["Telecom Valley"]),
    O("BA06 Event", "company", ["BA06 Event"]),

    D("rentrée de septembre", "XXXX-09"),
    D("[hier]. Ils", None, relative=True),
    D("fin du mois", None, mod="END", relative=True),
    D("depuis la [rentrée] et", "XXXX-09"),
    D("début septembre", "XXXX-09", mod="START"),
    D(("avant l'[été]", 1), "XXXX-SU"),
    D("22 décembre dernier", None, relative=True),
    D("fin de cette année", None, mod="END", relative=True),
    D(("avant l'[été]", 2), "XXXX-SU"),
]
UNANNOTATED = []
