# pt239: minalogic.com, the pôle's new board and president (2020). The pôle is never named in the excerpt.
BODY_START = "Une équipe de 19 représentants administrateurs\nContact"  # line 1 is the breadcrumb
BODY_END = None

RECORDS = [
    P("Christine Rousseau", ["Christine Rousseau"]),  # contact box (chrome inside the body): name only
    P("Antoine Perrin", ["Antoine Perrin"],
      roles=[(None, "Schneider Electric"),          # "qui représente Schneider Electric"
             ("nouveau [Président] a fait", None)]),  # the pôle is not named

    O("Schneider Electric", "company", ["Schneider Electric"]),

    L("Auvergne-Rhône-Alpes", ["Auvergne-Rhône-Alpes"]),

    D("21/07/2020", "2020-07-21"),
    D("26 mai", "XXXX-05-26"),
]
UNANNOTATED = []
