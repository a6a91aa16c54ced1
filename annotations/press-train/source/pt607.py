# pt607 — abilways-digital.com, interview of Normandy French Tech's deputy director
BODY_START = "Les TPE numériques normandes"
BODY_END = None

RECORDS = [
    P("Pierre André Martin", [("Pierre André Martin", 1), ("Pierre André Martin", 2)],
      roles=[(None, "Normandy French Tech"),      # title line "Pierre André Martin, Normandy French Tech"
             ("Directeur Délégué", "Normandy French Tech")]),

    O("Normandy French Tech", "other", [("Normandy French Tech", i) for i in range(1, 7)]),
    O("Métropole Rouen Normandie", "public_body",
      [("Métropole Rouen Normandie", 1), ("Métropole Rouen Normandie", 2)]),

    L("Caen", [("Caen", 1), ("Caen", 2)]),
    L("Havre", [("du [Havre]", 1), ("du [Havre]", 2)]),  # fullest form written
    L("Normandie", ["territoire de la [Normandie]"]),
]

UNANNOTATED = []
