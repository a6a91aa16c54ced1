# pt223: L'Embarqué, Yann Barbaux elected president of Aerospace Valley (2017).
BODY_START = None
BODY_END = None

AV = "Aerospace Valley"
RECORDS = [
    P("Agnès Paillard", ["Agnès Paillard"], roles=[(None, AV)]),  # "deux mandats à la tête du pôle"
    P("Yann Barbaux", ["Yann Barbaux"],
      roles=[("directeur de l’innovation", "Airbus"),
             ("à la [présidence] de la structure", AV, "président"),
             ("nouveau [président] d’Aerospace", AV)]),
    P("Bruno Nouzille", ["Bruno Nouzille"],
      roles=[("vice-président technique", "Thales Avionics"),
             ("devient [vice-président] du pôle", AV)]),

    O(AV, "association", [(AV, 1), (AV, 2), (AV, 3)]),
    O("Airbus", "company", ["Airbus"]),
    O("Thales Avionics", "company", ["Thales Avionics"]),

    L("Toulouse", ["Toulouse"]),

    M("840 adhérents", AV, 840, "adhérents"),
    A("1,35 milliard d’euros", 1350000000),

    D("mardi dernier", None, relative=True),
    D("26 septembre", "XXXX-09-26"),
]
UNANNOTATED = []
