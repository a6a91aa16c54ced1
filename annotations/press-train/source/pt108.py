# France-Antilles (via urlz.fr): Martiniquetech, one year on.
BODY_START = None
BODY_END = "Suivez l'info en temps réel"  # app promo

RECORDS = [
    P("Cédric Roger-Vasselin", ["Cédric Roger-Vasselin"]),  # photo credit
    P("Yoann Saint-Louis", [("Yoann Saint-Louis", 1), ("Yoann Saint-Louis", 2)],
      roles=[(("vice-président", 1), "Martiniquetech")]),
    P("Nicolas Augustin", [("Nicolas Augustin", 1), ("Nicolas Augustin", 2), ("Nicolas Augustin", 3)],
      roles=[("vice-président et [président] de", "Martiniquetech")]),

    O("Martiniquetech", "association", [("Martiniquetech", i) for i in range(1, 7)]),

    L("Californie", ["Californie"]),
    L("Silicon Valley", ["Silicon Valley"]),

    D("il y a un an", None, relative=True),
    D("septembre 2012", "2012-09"),
    D("Un an après", None, relative=True),
]
UNANNOTATED = []
