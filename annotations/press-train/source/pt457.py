# pt457 — inizia.corsica, launch of the Ghjovani è Ambiziosi in Corsica programme.
BODY_START = "Lancement du programme"
BODY_END = None

RECORDS = [
    # "Ghjovani è Ambiziosi in Corsica", "Interreg", "STEP - PO Interreg France-Italie Maritime": programmes (§16: no mention inside);
    # the date written inside the last is kept (a date, not a name)
    O("Inizià", "other", [("Inizià", 1), ("Inizià", 2)]),
    P("Stéphanie Vanhove", ["Stéphanie Vanhove"],
      roles=[("[chef de projet] et responsable", "Inizià"),
             ("[responsable du programme Ghjovani è Ambiziosi in Corsica]", "Inizià")]),
    D("Maritime [2014-2020]", "2014", value_end="2020"),
    L("Porto-Vecchio", ["Porto-Vecchio"]),
    L("Corse", ["territoire de la [Corse]"]),  # §16: "Corsica" is inside the programme's name, no mention
    O("université de Corse", "education_research", ["université de Corse"]),
]

UNANNOTATED = [("France", 1, "inside the programme name PO Interreg France-Italie Maritime (§16)"),
               ("Italie", 1, "inside the programme name (§16)")]
