# pt639 — leconnecteur.org, report on the Rennes ecosystem
BODY_END = None

RECORDS = [
    P("Damien Caillard", ["Damien Caillard"]),      # byline
    P("Gaëlle Andro", [("Gaëlle Andro", 1), ("Gaëlle Andro", 2)],
      roles=[("1ère vice-présidente chargée du développement économique", "Rennes Métropole"),
             ("présidente du C.A.", "Rennes Atalante")]),
    P("Estelle Bagot", ["Estelle Bagot"],
      roles=[("co-fondatrice", "Youslide"),
             ("ex VP", "French Tech Rennes-Saint-Malo")]),

    O("Orange", "company", ["Orange"]),
    O("Technicolor", "company", ["Technicolor"]),
    O("Rennes Métropole", "public_body", ["Rennes Métropole"]),
    O("Rennes Atalante", "other", ["Rennes Atalante"]),
    O("Youslide", "company", [("Youslide", 1), ("Youslide", 2)]),
    O("French Tech Rennes-Saint-Malo", "other", ["French Tech Rennes-Saint-Malo"]),

    L("Rennes", ["allés à [Rennes]", "agglomération de [Rennes]"]),
    L("Bretagne", ["Bretagne"]),
    L("Clermont", [("Clermont", 1), ("Clermont", 2)]),
    L("Paris", ["Paris"]),

    D("depuis [2015]", "2015"),
    D("entière en [2015]", "2015"),
    D("l’[été 2018]", "2018-SU"),
]

UNANNOTATED = []
