# pt701 — objectifaquitaine.latribune.fr, French Tech Bordeaux's bureau steps down, unpaid staff (2017)
BODY_START = None
BODY_END = None

F = "French Tech Bordeaux"
_BUREAU = ("Le [bureau élargi] de l'association", F, "membre du bureau élargi")   # "l'association" = French Tech Bordeaux, the subject of the page
_REPR = ("représentants des entrepreneurs du mouvement", F)

RECORDS = [
    P("Christophe Charle", ["Christophe Charle"],
      roles=[_BUREAU, _REPR, ("Charle, [cofondateur]", "Cdiscount")]),
    P("Julien Parrou-Duboscq", ["Julien Parrou-Duboscq"],
      roles=[_BUREAU, _REPR, ("Parrou-Duboscq, [fondateur]", "Concoursmania")]),
    P("Mathieu Llorens", ["Mathieu Llorens"],
      roles=[_BUREAU, _REPR, (("directeur général", 1), "AT Internet")]),
    P("François Goube", ["François Goube"],
      roles=[_BUREAU, _REPR, ("Goube, [président]", "Cogniteev")]),
    P("Jérôme Le Feuvre", ["Jérôme Le Feuvre"],
      roles=[_BUREAU, _REPR, (("directeur général", 2), "News Republic")]),
    P("Agnès Grangé", ["Agnès Grangé"],
      roles=[_BUREAU, (None, "La Poste"), ("représentante des grands groupes", F)]),

    O("Cdiscount", "company", ["Cdiscount"]),
    O("Concoursmania", "company", ["Concoursmania"]),
    O("AT Internet", "company", ["AT Internet"]),
    O("Cogniteev", "company", ["Cogniteev"]),
    O("News Republic", "company", ["News Republic"]),
    O("La Poste", "company", ["La Poste"]),
    O(F, "association", [(F, 1), (F, 2), (F, 3)]),
    O("Bordeaux Métropole", "public_body", [("Bordeaux Métropole", i) for i in range(1, 4)]),
    O("CCI Bordeaux Gironde", "public_body", [("CCI Bordeaux Gironde", 1), ("CCI Bordeaux Gironde", 2)]),
    O("Conseil régional de Nouvelle-Aquitaine", "public_body", ["Conseil régional de Nouvelle-Aquitaine"]),
    O("Mission nationale French Tech", "public_body", ["Mission nationale French Tech"]),

    D("hier soir", None, relative=True),
    D("depuis [mars]", "XXXX-03"),
    A("24.000 €", 24000, to=F, by=["Bordeaux Métropole"]),   # the missing part of the 2016 subsidies, blocked at Bordeaux Métropole
    D("d'investissement [2016]", "2016"),
    D("comptes [2016]", "2016"),
    D("crédits [2017]", "2017"),
    D("juillet prochain", None, relative=True),
    D("30 juin", "XXXX-06-30"),
]
UNANNOTATED = []
