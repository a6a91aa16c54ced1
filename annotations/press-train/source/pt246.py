# pt246: Plein Soleil, DERBI labelled for one year in phase V (2023).
BODY_START = "Roland Lescure, ministre"  # " date 2023-03 " is a store prefix
BODY_END = None

DERBI = "Développement des Energies Renouvelables dans le Bâtiment et l’Industrie"
RECORDS = [
    P("Roland Lescure", ["Roland Lescure"], roles=[("ministre délégué chargé de l’industrie", None)]),
    P("André Joffre", [("André Joffre", 1), ("André Joffre", 2)],
      roles=[("son [président] André", DERBI), ("Joffre, [président] du pôle", DERBI),
             ("fondateur", "Tecsol")]),

    O(DERBI, "association", [("DERBI", 1), DERBI, ("DERBI", 2)], aliases=["DERBI"]),
    O("Tecsol", "company", ["Tecsol"]),

    L("Occitanie", ["Occitanie"]),

    D("2023-2026", "2023", value_end="2026"),
]
UNANNOTATED = []
