# pt913 — electroniques.biz, Minalogic's new board elects the Schneider Electric representative as president (2020)
BODY_START = None
BODY_END = None
MIN = "Minalogic"
SE = "Schneider Electric"

RECORDS = [
    D("réunis le [4 juin] et ont élu Antoine", "XXXX-06-04"),
    P("Antoine Perrin", [("Antoine Perrin", i) for i in range(1, 4)],
      roles=[("Perrin, [représentant] Schneider", SE),
             ("comme nouveau [président].\nL’Assemblée", MIN),      # the board of the pôle the page is about
             ("([représentant] Schneider Electric) président", SE),
             ("[président] du Pôle", MIN),
             ("comme nouveau [président]. Les vice", MIN)]),         # "élu Schneider Electric, représenté par Antoine Perrin"
    O(SE, "company", [(SE, i) for i in range(1, 4)]),
    O(MIN, "association", [(MIN, 1), (MIN, 2)]),
    D("s’est tenue le [26 mai]", "XXXX-05-26"),
    D("[26 mai], 60%", "XXXX-05-26"),
    D("réunis le [4 juin] et ont élu Schneider", "XXXX-06-04"),
    D("[2 juillet]", "XXXX-07-02"),
]
UNANNOTATED = []
