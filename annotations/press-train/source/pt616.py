# pt616 — cipac.nc, Open NC digital cluster (Nouvelle-Calédonie)
BODY_END = None

RECORDS = [
    P("Jocelyn TANGUY", [("Jocelyn TANGUY", 1), ("Jocelyn TANGUY", 2)],
      roles=[(("3e Vice-président", 1), "Open Nouvelle-Calédonie"),
             (("responsable commercial", 1), "DSP")]),
    P("Hatem Bellagi", ["Hatem Bellagi"],
      roles=[(None, "Open Nouvelle-Calédonie")]),   # took the (co-)presidency's place: the post is not named for him
    P("Sylver Schorgen", ["Sylver Schorgen"],
      roles=[(None, "Open Nouvelle-Calédonie")]),   # "remplacé par": his successor

    O("Open Nouvelle-Calédonie", "association",
      [("Open NC", 1), "Open (Organisation des Professionnels de l'Economie Numérique) Nouvelle-Calédonie",
       "[Open] souhaite", ("Open NC", 2), ("Open NC", 3)],
      aliases=["Open NC", "Open", "Organisation des Professionnels de l'Economie Numérique"]),
    O("DSP", "company", [("DSP", 1), ("DSP", 2), ("DSP", 3)]),
    O("CIPAC", "company", [("CIPAC", 1), ("CIPAC", 3), ("CIPAC", 4)]),
    O("CIPAC Formation", "company", ["CIPAC Formation"]),
    O("Le Cube", "company", ["Le Cube"]),
    O("Can’l", "company", ["Can’l"]),
    O("OoTECH", "company", ["OoTECH"]),

    L("Nouvelle-Calédonie", ["transformation numérique de la [Nouvelle-Calédonie]", "faire de la [Nouvelle-Calédonie]"]),
    L("Pacifique", ["Pacifique"]),
    L("Caillou", ["Caillou"]),

    M("108 adhérents", "Open Nouvelle-Calédonie", 108, "adhérents"),
]

UNANNOTATED = []
