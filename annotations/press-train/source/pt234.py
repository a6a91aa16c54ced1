# pt234: Les Marchés (reussir.fr), the Ania builds its regional network (2007).
BODY_START = None
BODY_END = None

ANIA = "association nationale des industries alimentaires"
ABEA = "association bretonne des entreprises agroalimentaires"
LIG = "association régionale des industries agroalimentaires des Pays de la Loire"
RECORDS = [
    P("Jean-René Buisson", [("Jean-René Buisson", 1), ("Jean-René Buisson", 2)],
      roles=[("son [président], aimerait", ANIA), ("à la [présidence] de l'Ania", ANIA, "président")]),
    P("Christian Tacquard", ["Christian Tacquard"],
      roles=[("du [président] de l'Abea", ABEA), (None, "Loc Maria")]),
    P("Norbert Mougey", ["Norbert Mougey"],
      roles=[("[présidée] par Norbert", None, "président"),
             ("directeur", "Les Pâturages Comtois")]),
    P("Thierry Oriol", ["Thierry Oriol"]),
    P("Raymond Doizon", ["Raymond Doizon"],
      roles=[("[présidée] par Raymond", LIG, "président"),
             ("vice-président du directoire", "Fleury Michon")]),

    O(ANIA, "association", [("Ania", 1), "[" + ANIA + "] (Ania)", ANIA + " ([Ania])", ("Ania", 3), ("Ania", 4), ("Ania", 5), ("Ania", 6)],
      aliases=["Ania"]),
    O(ABEA, "association", ["[" + ABEA + "] (Abea)", ABEA + " ([Abea])", "l'[Abea], Christian"], aliases=["Abea"]),
    O("Loc Maria", "company", ["Loc Maria"]),
    O("syndicat des professionnels de la transformation de Corse", "association",
      ["syndicat des professionnels de la transformation de Corse"]),
    O("Les Pâturages Comtois", "company", ["Les Pâturages Comtois"]),
    O("R3AP", "other", ["R3AP"]),
    O(LIG, "association", ["[" + LIG + "] (Ligeriaa)", LIG + " ([Ligeriaa])"], aliases=["Ligeriaa"]),
    O("Fleury Michon", "company", ["Fleury Michon"]),

    L("Franche-Comté", ["Franche-Comté"]),
    L("Rhône-Alpes", ["Rhône-Alpes"]),
    L("Pays de la Loire", ["[Pays de la Loire] et Basse"]),
    L("Basse-Normandie", [("Basse-Normandie", 1), ("Basse-Normandie", 2)]),

    M("130 adhérents", ABEA, 130, "adhérents", "over"),
    A("15 milliards d'euros", 15000000000),

    D("pour [2007]", "2007"),
    D("novembre dernier", None, relative=True),
    D("à l'[automne]", "XXXX-FA"),
    D("en [avril]", "XXXX-04"),
    D("en [octobre]", "XXXX-10"),
    D("5 juillet", "XXXX-07-05"),
]
UNANNOTATED = []
