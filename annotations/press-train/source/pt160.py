# Orléans Métropole 2019: French Tech Loire Valley officially labelled; the mayor's reaction.
BODY_START = None
BODY_END = None

F = "French Tech Loire Valley"
RECORDS = [
    P("Cédric O", ["Cédric O"], roles=[("Secrétaire Général chargé du numérique", None)]),
    P("Mounir Mahjoubi", ["Mounir Mahjoubi"]),
    P("Kat Borlongan", ["Kat Borlongan"], roles=[("directrice", "mission French Tech")]),
    P("Olivier Carré", ["Olivier Carré"], roles=[("maire", None), ("président", "Orléans Métropole")]),

    O(F, "other", [(F, n) for n in range(1, 6)]),
    O("Facebook", "company", ["Facebook"]),
    O("mission French Tech", "public_body", ["mission French Tech"]),
    O("région Centre-Val de Loire", "public_body", ["région Centre-Val de Loire"]),
    O("LAB’O Village by CA Orléans", "other", ["LAB’O Village by CA Orléans"]),
    O("Orléans Métropole", "public_body", ["Orléans Métropole"]),

    L("Station F", ["Station F"]),
    L("Orléans", ["Métropoles d’[Orléans]", "maire d’[Orléans]", "métropoles d’[Orléans]"]),
    L("Tours", [("Tours", 1), ("Tours", 2)]),
    L("Blois", ["Blois"]),
    L("Bourges", ["Bourges"]),
    L("Châteauroux", ["Châteauroux"]),
    L("Dreux", ["Dreux"]),
    L("Chartres", ["Chartres"]),
    L("Loire Valley", ["la [Loire Valley] a gagné"]),
    L("France", ["France"]),
    L("Val de Loire", ["en [Val de Loire]"]),
    L("MAME", ["MAME"]),

    D("mercredi matin", None, relative=True),
    D("juin 2015", "2015-06"),
]
UNANNOTATED = []
