# pt202: La Tribune Toulouse, Daniel Segonds re-elected at pôle Agri Sud-Ouest Innovation (2018).
BODY_START = None
BODY_END = None

ASOI = "Agri Sud-Ouest Innovation"
RECORDS = [
    P("Daniel Segonds",
      [("Daniel Segonds", 1), ("Daniel Segonds", 2), ("Daniel Segonds", 3),
       ("Daniel Segonds", 4), ("Daniel Segonds", 5)],
      roles=[("réélu [président] du nouveau", ASOI),
             (("présidé", 1), ASOI, "président"),
             (("présidé", 2), ASOI, "président"),
             (("présidé", 3), ASOI, "président"),
             ("Daniel Segonds, [président] du pôle", ASOI)]),
    P("Israa Lizati", ["Israa Lizati"]),
    P("Rémi Benoit", ["Rémi Benoit"]),

    O(ASOI, "association",
      [(ASOI, 1), (ASOI, 2), (ASOI, 3), (ASOI, 4), (ASOI, 5)]),
    O("Qualiméditerranée", "association", ["Qualiméditerranée"]),

    L("Nouvelle-Aquitaine", ["Nouvelle-Aquitaine"]),
    L("Limousin", ["Limousin"]),
    L("Poitou-Charentes", ["Poitou-Charentes"]),
    L("Montpellier", ["Montpellier"]),
    L("Irlande", ["l'[Irlande]"]),
    L("Sud-Ouest", ["du [Sud-Ouest] (PME"]),

    D("[2017] a été", "2017"),
    D("5 avril dernier", None, relative=True),
    D("juillet 2007", "2007-07"),
]
UNANNOTATED = []
