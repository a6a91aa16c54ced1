# pt717 — radio1.pf, French Tech Polynésie elects a new bureau; Heiura Itae-tetaa replaces Olivier Kressman (2021)
BODY_START = "Un nouveau bureau"     # " date 2021-06 ": store prefix
BODY_END = None
FTP = "French Tech Polynésie"

RECORDS = [
    O("Digital Festival", "other", ["l’ex [Digital Festival]"]),    # the association's former name (a body and what it became: two records)
    P("Heiura Itae-tetaa", ["Heiura Itae-tetaa"], roles=[("à la [présidence]", FTP, "présidente")]),   # "l'association" = French Tech Polynésie
    P("Olivier Kressman", [("Olivier Kressman", 1), ("Olivier Kressman", 2)],
      roles=[("le [président] et cofondateur", FTP), ("président et [cofondateur]", FTP)]),
    O(FTP, "association", [(FTP, 1), (FTP, 2)]),
    D("Créée en [2018]", "2018"),
    D("11 mai dernier", None, relative=True),
    P("Sébastien Lecornu", ["Sébastien Lecornu"], roles=[("ministre des Outre-mer", None)]),
    P("Cédric O", ["Cédric O"], roles=[("secrétaire d’État au numérique", None)]),
    D("Fin mai", "XXXX-05", mod="END"),
]
UNANNOTATED = [("Digital Festival", 2, "inside the event name Digital Festival Tahiti (an event, not an organization)")]
