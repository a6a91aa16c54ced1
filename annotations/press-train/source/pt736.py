# pt736 — lepetitvendomois.fr, the business club Cercle des Entreprises du Vendômois: president, secretary, members
BODY_START = None
BODY_END = None
CEV = "Le Cercle des Entreprise du Vendômois"

RECORDS = [
    O(CEV, "association", [CEV, ("CEV", 1), ("CEV", 2), "Cercle des Entreprises du Vendômois", ("CEV", 3), ("CEV", 4), ("CEV", 5)],
      aliases=["Cercle des Entreprises du Vendômois", "CEV"]),
    P("Francis Minier", ["Francis Minier"], roles=[("que [préside] Francis", CEV, "président")]),
    M("une soixantaine d’entreprises", CEV, 60, "entreprises", "about"),
    D("30 septembre dernier", None, relative=True),
    L("Minotaure", ["Minotaure"]),
    P("Magalie Marty", [("Magalie Marty", 1), ("Magalie Marty", 2)], roles=[("Marty, [secrétaire]", CEV)]),
    O("Service Public de l’Emploi", "public_body", ["Service Public de l’Emploi"]),
    O("Pôle Emploi", "public_body", ["Pôle Emploi"]),
    # its 16-word spelled-out name is left unannotated: 16 words in a row of a text never go in the repository
    O("DIRECCTE", "public_body", ["DIRECCTE"]),
    D("En [octobre]", "XXXX-10"),
    L("Paris", ["Paris"]),
]
UNANNOTATED = []
