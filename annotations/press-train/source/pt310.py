# pt310 — usine-digitale.fr, Pays de la Loire, Tour de France Digitale stop in Nantes
BODY_START = None
BODY_END = None
# "Partager" is a share line inside the body; the repeated title is annotated again.
# "Tour de France Digitale" is an event: no record.

RECORDS = [
    P("Adrien Poggetti", ["Adrien Poggetti"],
      roles=[("le [délégué] de la", "Atlantic 2.0")]),

    O("Atlantic 2.0", "association", ["Atlantic 2.0"]),

    L("Grand Ouest", ["jeunes pousses du [Grand Ouest]", ("jeunes pousses du [Grand Ouest]", 2),
                      "Le [grand Ouest] est", "un très [grand Ouest]"]),
    L("Absence", ["l'[Absence]"]),
    L("Loire", ["quais de la [Loire]"]),
    L("île de Nantes", ["île de Nantes"]),
    L("Bordeaux", ["Bordeaux"]),
    L("Caen", ["Caen"]),

    M("260 membres", "Atlantic 2.0", 260, "membres"),

    D("mardi 5 mai", "XXXX-05-05"),
    D(("mardi 5 mai", 2), "XXXX-05-05"),
]

UNANNOTATED = []
