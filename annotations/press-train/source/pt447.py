# pt447 — le-portail-du-temps-partage.fr (AFP), the Casaco coworking space.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Paris", ["Paris"]),
    O("Casaco", "other", [("Casaco", 1), ("Casaco", 2)]),
    L("Malakoff", ["Malakoff"]),
    L("Hauts-de-Seine", ["Hauts-de-Seine"]),
    D("Depuis le [début de la décennie]", None, mod="START", relative=True),
    L("Hexagone", ["Hexagone"]),
    P("Aurélien Denaes", ["Aurélien Denaes"], roles=[("« [agitateur de la tribu] »", "Casaco")]),
    M("75 adhérents", "Casaco", 75, "adhérents"),
    D("ouvert [il y a moins d’un an]", None, relative=True),
]

UNANNOTATED = []
