# pt714 — lembarque.com, Minalogic re-elects its president and elects six vice-presidents (2016)
BODY_START = None
BODY_END = None
MIN = "Minalogic"
VP = ("Les six [vice-présidents] sont", MIN)

RECORDS = [
    O(MIN, "association", [(MIN, 1), (MIN, 2)]),
    D("13 mai 2016", "2016-05-13"),
    P("Philippe Magarshack", ["Philippe Magarshack"],
      roles=[("vice-président exécutif", "STMicroelectronics"), ("à la [présidence] du pôle", MIN, "président")]),
    O("STMicroelectronics", "company", ["STMicroelectronics"]),
    D("en [mars]", "XXXX-03"),
    L("Auvergne-Rhône-Alpes", ["Auvergne-Rhône-Alpes"]),
    P("Antoine Perrin", ["Antoine Perrin"],
      roles=[VP, ("directeur Stratégie et Innovation Achats", "Schneider Electric"), ("trésorier", MIN)]),
    O("Schneider Electric", "company", ["Schneider Electric"]),
    P("Eric Pierrel", ["Eric Pierrel"], roles=[VP, ("Pierrel, [directeur général]", "Itris Automation Square")]),
    O("Itris Automation Square", "company", ["Itris Automation Square"]),
    P("André-Jacques Auberton-Hervé", ["André-Jacques Auberton-Hervé"], roles=[VP, ("administrateur général", "CEA")]),
    O("CEA", "education_research", ["CEA"]),
    P("Vincent Tempelaere", ["Vincent Tempelaere"], roles=[VP, ("Tempelaere, [président]", "Eveon")]),
    O("Eveon", "company", ["Eveon"]),
    P("Brigitte Plateau", ["Brigitte Plateau"], roles=[VP, ("administratrice générale", "Grenoble INP")]),
    O("Grenoble INP", "education_research", ["Grenoble INP"]),
    P("Didier Chaminade", ["Didier Chaminade"], roles=[VP, ("délégué régional Alpes", "Orange")]),
    O("Orange", "company", ["Orange"]),
]
UNANNOTATED = []
