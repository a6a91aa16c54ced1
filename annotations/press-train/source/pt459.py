# pt459 — abp.bzh (2013), Silicon Kerné's cantine numérique in Quimper.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Quimper", ["A [Quimper]"]),
    D("le [29 octobre 2013]", "2013-10-29"),
    P("Ludovic Fougère", ["Ludovic Fougère", "[Ludovic] donne"],
      roles=[("[président] de l'association", "Silicon Kerné")]),
    O("Silicon Kerné", "association", [("Silicon Kerné", 1), ("Silicon Kerné", 2)]),
    L("Silicon Valley", ["Silicon Valley"]),
    L("Cornouaille", ["Cornouaille", "– [Kerné] –"]),
    D("[il y a un peu plus de 2 ans]", None, relative=True),
    O("Quimper-Communauté", "public_body", ["Quimper-Communauté"]),
    P("Bernard Poignant", ["Bernard Poignant"], roles=[("son [président], Bernard", "Quimper-Communauté")]),
    D("le [mois prochain]", None, relative=True),
]

UNANNOTATED = []
