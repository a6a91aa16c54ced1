# TNTV: the president of French Tech Polynésie on the Polynesian start-up scene.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Fleur Pellerin", ["Fleur Pellerin"], roles=[("ministre de l’Economie numérique", None)]),
    P("Heiura Itae-Tetaa", ["Heiura Itae-Tetaa"],
      roles=[("fondatrice", "Speak Tahiti-Parauparau Tahiti"),
             (None, "French Tech Polynésie")]),  # "a pris la tête de l'antenne locale de la French Tech"

    O("Speak Tahiti-Parauparau Tahiti", "company", ["Speak Tahiti-Parauparau Tahiti"]),
    O("French Tech Polynésie", "association", [("French Tech Polynésie", 1), ("French Tech Polynésie", 2)]),
    O("Prism", "other", [("Prism", 1), ("Prism", 2)]),

    L("France", ["France"]),
    L("Polynésie", ["En [Polynésie], Heiura", "En [Polynésie] on a"]),
    L("Polynesian factory", ["Polynesian factory"]),
    L("Pirae", ["Pirae"]),

    D("En [2018]", "2018"),
    D("année suivante", None, relative=True),
    D("en [2013]", "2013"),
    D("année dernière", None, relative=True),
    D("début de l’année", None, mod="START", relative=True),
]
UNANNOTATED = []
