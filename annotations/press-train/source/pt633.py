# pt633 — acteursdeleconomie.latribune.fr, Digital Grenoble's new president (2018)
BODY_END = None
DG = "Digital Grenoble"

RECORDS = [
    P("Eric Pierrel", ["Eric Pierrel"],
      roles=[("un nouveau [président]. Eric", DG), (None, "Itris Automation")]),
    P("Daniel Pilaud", ["Daniel Pilaud"],
      roles=[("à la [présidence] de la société", DG, "président")]),   # his succession: he held the presidency
    P("Philippe Mattia", ["Philippe Mattia"], roles=[(None, "Le Carré"), (None, DG)]),   # new member of the executive list
    P("Marie Poulle", ["Marie Poulle"], roles=[(None, "Lovebox"), (None, DG)]),
    P("Raphaël Meyer", ["Raphaël Meyer"], roles=[(None, "Lancey Energy Storage"), (None, DG)]),
    P("Frédéric Dulac", ["Frédéric Dulac"], roles=[(None, "Eolas"), (None, DG)]),
    P("Jonathan Bonzy", ["Jonathan Bonzy"], roles=[(None, DG)]),                        # "un second mandat"
    P("Jean-Pierre Verjus", [("Jean-Pierre Verjus", 1), ("Jean-Pierre Verjus", 2)],
      roles=[("président du Conseil de Surveillance", DG)]),

    O(DG, "company", [(DG, i) for i in range(1, 5)]),     # "la société coopérative d'intérêt collectif (SCIC)"
    O("French Tech in the Alps", "other", [("French Tech in the Alps", 1), ("French Tech in the Alps", 2)]),
    O("Itris Automation", "company", ["Itris Automation"]),
    O("Le Carré", "company", ["Le Carré"]),
    O("Lovebox", "company", ["Lovebox"]),
    O("Lancey Energy Storage", "company", ["Lancey Energy Storage"]),
    O("Eolas", "company", ["Eolas"]),

    L("Grenoble", ["numérique à [Grenoble]"]),

    M("près de [500 sociétaires]", DG, 500, "sociétaires", "about"),
    A("100€", 100),

    D("En [2017]", "2017"),
]

UNANNOTATED = []
