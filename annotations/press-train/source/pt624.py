# pt624 — businews.fr, the sous-préfet à la relance visits Marseille Innovation (2022)
BODY_END = None

RECORDS = [
    P("Benoit Mournet", [("Benoit Mournet", i) for i in range(1, 4)],
      roles=[("sous préfet à la relance", None),
             ("le [sous-préfet à la relance]", None)]),      # restated: one role per span (§15)
    P("Laurence Olivier", [("Laurence Olivier", 1), ("Laurence Olivier", 2)],
      roles=[(("directrice générale", 1), "Marseille Innovation"),
             ("Olivier, [Directrice Générale] de", "Marseille Innovation")]),  # restated: one role per span (§15)
    P("Eric Barthélémy", ["Eric Barthélémy"], roles=[(None, "ViaXoft")]),
    P("Lionel Reservat", ["Lionel Reservat"], roles=[(None, "Seres Technologies")]),
    P("Fabien Reynaud", ["Fabien Reynaud"], roles=[(None, "Edukare")]),   # "aux manettes d'Edukare"
    P("Christian Rey", ["Christian Rey"], roles=[("Rey, [fondateur] de", "Marseille Innovation")]),
    P("Olivier Detournay", ["Olivier Detournay"], roles=[("le [fondateur] de Planktovie", "Planktovie")]),

    O("Marseille Innovation", "other", [("Marseille Innovation", i) for i in range(1, 6)]),
    O("CIC", "company", ["CIC"]),
    O("Provepharm", "company", ["Provepharm"]),
    O("Avis Vérifiés", "company", ["Avis Vérifiés"]),
    O("ViaXoft", "company", [("ViaXoft", 1), ("ViaXoft", 2)]),
    O("ID Med", "company", ["ID Med"]),
    O("Enovacom", "company", ["Enovacom"]),
    O("Seres Technologies", "company", [("Seres Technologies", 1), ("Seres Technologies", 2)]),
    O("Edukare", "company", ["Edukare"]),
    O("Planktovie", "company", ["Planktovie"]),

    L("Région Sud", ["Région Sud"]),
    L("Château Gombert", ["Château Gombert"]),
    L("pôle Média de la Belle de Mai", ["pôle Média de la Belle de Mai"]),
    L("Place de l’Innovation", ["Place de l’Innovation"]),

    D("1 mars dernier", None, relative=True),
    D("En [2021]", "2021"),
]

UNANNOTATED = []
