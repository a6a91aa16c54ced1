# France-Antilles (via urlz.fr): Martiniquetech, one year on.
BODY_START = None
BODY_END = "Suivez l'info en temps réel"  # app promo

RECORDS = [
    P("Cédric Roger-Vasselin", ["Cédric Roger-Vasselin"]),  # photo credit
    P("Yoann Saint-Louis", [("Yoann Saint-Louis", 1), ("Yoann Saint-Louis", 2)],
      roles=[(("vice-président", 1), "Martiniquetech"), (("vice-président", 2), "Martiniquetech")]),  # slip §15: repeated caption line
    P("Nicolas Augustin", [("Nicolas Augustin", 1), ("Nicolas Augustin", 2), ("Nicolas Augustin", 3)],
      roles=[("vice-président et [président] de", "Martiniquetech"),
             (("vice-président et [président] de", 2), "Martiniquetech"),  # slip §15: repeated caption line
             ("Augustin, le [président]", "Martiniquetech")]),  # slip: apposed title had no role

    O("Martiniquetech", "association", [("Martiniquetech", i) for i in range(1, 7)]),

    L("Californie", ["Californie"]),
    L("Silicon Valley", ["Silicon Valley"]),

    D("il y a un an", None, relative=True),
    D("septembre 2012", "2012-09"),
    D("Un an après", None, relative=True),
]
UNANNOTATED = []
