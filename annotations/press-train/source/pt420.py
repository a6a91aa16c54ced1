# pt420 — angersmag.info (2012), Maine Labs general assembly.
BODY_START = None
BODY_END = None

RECORDS = [
    # "Cantine numérique d'Angers" / "Cantine Numérique": the project and label, not an organization
    L("Angers", [("Angers", 1), "Info - [Angers], le", "Numérique à [Angers]", "ouvrir à [Angers]"]),
    O("Maine Labs", "association", [("Maine Labs", 1), ("Maine Labs", 2), ("Maine Labs", 3), ("Maine Labs", 4)]),
    O("Angers Mag Info", "media", ["Angers Mag Info"]),
    D("06/09/2012", "2012-09-06"),  # publication stamp
    D("07/09/2012", "2012-09-07"),  # modification stamp
    D("générale [hier soir]", None, relative=True),
    M("72 adhérents inscrits", "Maine Labs", 72, "adhérents inscrits"),
    D("depuis [août 2011]", "2011-08"),
    O("réseau des Cantines Numériques", "other", ["réseau des Cantines Numériques"]),
    D("déclarait [hier soir]", None, relative=True),
    P("Etienne Henry", ["Etienne Henry"], roles=[("respectivement [président] et", "Maine Labs")]),
    P("Reynald Werquin", ["Reynald Werquin"], roles=[("président et [trésorier]", "Maine Labs")]),
]

UNANNOTATED = []
