# pt457 — inizia.corsica, launch of the Ghjovani è Ambiziosi in Corsica programme.
BODY_START = "Lancement du programme"
BODY_END = None

RECORDS = [
    # "Ghjovani è Ambiziosi in Corsica", "Interreg", "STEP - PO Interreg France-Italie Maritime": programmes;
    # the places (and date) written inside their names are annotated
    O("Inizià", "other", [("Inizià", 1), ("Inizià", 2)]),
    P("Stéphanie Vanhove", ["Stéphanie Vanhove"],
      roles=[("[chef de projet] et responsable", "Inizià"),
             ("[responsable du programme Ghjovani è Ambiziosi in Corsica]", "Inizià")]),
    D("Maritime [2014-2020]", "2014", value_end="2020"),
    L("France", ["[France]-Italie"]),
    L("Italie", ["France-[Italie]"]),
    L("Porto-Vecchio", ["Porto-Vecchio"]),
    L("Corse", [("Corsica", 1), ("Corsica", 2), "territoire de la [Corse]"]),  # Corsica: inside the programme's name (the 3rd is inside a title span)
    O("université de Corse", "education_research", ["université de Corse"]),
]

UNANNOTATED = []
