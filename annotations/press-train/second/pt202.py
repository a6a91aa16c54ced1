# second annotation (annotator 1): La Tribune, Daniel Segonds re-elected at Agri Sud-Ouest Innovation.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Daniel Segonds", [("Daniel Segonds", n) for n in range(1, 6)],
      roles=[("réélu [président] du nouveau", "Agri Sud-Ouest Innovation"),
             (("présidé", 1), "Agri Sud-Ouest Innovation", "président"),   # the bureau's: parent organization
             (("présidé", 2), "Agri Sud-Ouest Innovation", "président"),
             (("présidé", 3), "Agri Sud-Ouest Innovation", "président"),
             ("Daniel Segonds, [président] du pôle", "Agri Sud-Ouest Innovation")]),
    P("Israa Lizati", ["Israa Lizati"]),  # byline
    P("Rémi Benoit", ["Rémi Benoit"]),  # photo credit

    O("Agri Sud-Ouest Innovation", "association", [("Agri Sud-Ouest Innovation", n) for n in range(1, 6)]),
    O("Qualiméditerranée", "association", ["Qualiméditerranée"]),

    L("Nouvelle-Aquitaine", ["Nouvelle-Aquitaine"]),
    L("Limousin", ["Limousin"]),
    L("Poitou-Charentes", ["Poitou-Charentes"]),
    L("Montpellier", ["Montpellier"]),
    L("Irlande", ["Irlande"]),
    L("Sud-Ouest", ["du [Sud-Ouest]"]),

    D("[2017] a été", "2017"),
    D("5 avril dernier", None, relative=True),
    D("juillet 2007", "2007-07"),
]
UNANNOTATED = []
