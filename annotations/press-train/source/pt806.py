# pt806 — gouv.nc, New Caledonia government member meets the Initiative France network (2023)
BODY_START = None
BODY_END = None
IF = "Initiative France"
IOM = "Initiative Outre-mer"
INC = "Initiative Nouvelle-Calédonie"

RECORDS = [
    P("Laurent Bui", [("Laurent Bui", 1), ("Laurent Bui", 2)],
      roles=[(None, "DINUM"),                      # "Laurent Bui, de la DINUM"
             ("chargé de mission développement de l'innovation technologique", None)]),
    P("Vaimu’a Muliava", [("Vaimu’a Muliava", 1), ("Vaimu’a Muliava", 2)],
      roles=[("Le [membre du gouvernement] a rencontré", None),   # the government member, named below
             ("membre du gouvernement chargé du développement de l’innovation technologique", None),
             ("le [membre du gouvernement] Vaimu’a", None)]),
    P("Paul Haxel", ["Paul Haxel"], roles=[("coordinateur Outre-mer", IOM)]),
    P("Vincent Schmitt", ["Vincent Schmitt"], roles=[("vice-président chargé de l’innovation", None)]),  # of which network: not said (§16)
    P("Anne-Laure Gardette", ["Anne-Laure Gardette"], roles=[("responsable de projets", IF)]),

    O(IF, "other", [(IF, i) for i in range(1, 8)]),
    O(IOM, "other", [(IOM, 1), (IOM, 2)]),
    O(INC, "other", [INC, ("Initiative NC", 1), ("Initiative NC", 2)], aliases=["Initiative NC"]),
    O("DINUM", "public_body", ["DINUM"]),

    L("Paris", ["Paris"]),
    L("Nouvelle-Calédonie", ["implanté en [Nouvelle-Calédonie]", "En [Nouvelle-Calédonie], le"]),

    D("30 novembre 2023", "2023-11-30"),      # publication stamp
    D("rencontré en [octobre]", "XXXX-10"),
    D("depuis [2007]", "2007"),
    D("En [2022]", "2022"),
    A("4.2 millions de francs", 4200000, currency="XPF", by=[IF]),   # average loan of the network
]

UNANNOTATED = []
