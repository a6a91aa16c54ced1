BODY_START = "Plus de 18.000"   # the store's " date 2021-11 " prefix is chrome
BODY_END = None

C = "CCI Amiens-Picardie"
RECORDS = [
    P("Anne Féger", [("Anne Féger", 1), ("Anne Féger", 2)],
      roles=[("Féger, [chargée de la communication] à la CCI", C),   # "la CCI" = CCI Amiens-Picardie
             ("la [responsable communication] de la CCI", C)]),      # same speaker

    O(C, "public_body", [("CCI Amiens-Picardie", 1), ("CCI Amiens-Picardie", 2)]),

    L("Picardie", ["élus en [Picardie]", "en ligne en [Picardie]"]),

    D("jusqu'au [9 novembre]", "XXXX-11-09"),
    D("22 novembre", "XXXX-11-22"),
]

UNANNOTATED = []
