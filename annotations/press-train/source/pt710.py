# pt710 — normandinamik.cci.fr, the Normandy pôle TES merges with Images et Réseaux
BODY_START = None
BODY_END = None

RECORDS = [
    P("Édouard Philippe", ["Édouard Philippe"], roles=[("Premier ministre", None)]),
    O("TES", "association", ["TES"]),
    P("Magali Scelles", [("Magali Scelles", i) for i in range(1, 4)],
      roles=[("la [directrice] du pôle", "TES")]),        # the pôle TES of the previous paragraph
    O("Images et Réseaux", "association", ["Images et Réseaux"]),
    L("Bretagne", ["Bretagne"]),
    L("Pays de la Loire", ["Pays de la Loire"]),
    L("France", ["France"]),
    L("vallée de la Seine", ["vallée de la Seine"]),
    O("Cap Digital", "other", ["Cap Digital"]),
    # "Les Normands seront environ 130, les Bretons 160 et les repr…": counted noun cut off, no member count
]
UNANNOTATED = []
