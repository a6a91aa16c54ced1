# pt914 — uat-jhm.myjungly.fr (JHM), two chambers of commerce merge: their presidents and the merged chamber's heads (2018)
BODY_START = None
BODY_END = None
HM = "CCI de Haute-Marne"
ME = "CCI Meuse"
NEW = "Chambre 55-52"     # "La Chambre commune", "la future Chambre", "cette nouvelle Chambre 55-52"

RECORDS = [
    D("[15 au 28 novembre]", "XXXX-11-15", value_end="XXXX-11-28"),
    O(HM, "public_body", [HM, "CCI Haute-Marne"], aliases=["CCI Haute-Marne"]),
    L("Meuse", ["celle de [Meuse]"]),                # "celle de Meuse": the Meuse chamber, by ellipsis; its name is written later
    D("le [11 décembre]", "XXXX-12-11"),
    L("Saint-Dizier", [("Saint-Dizier", 1), ("Saint-Dizier", 2)]),
    D("[novembre 2016]", "2016-11"),
    P("Henri Coget", ["Henri Coget"], roles=[("Coget, [président] de l’actuelle", ME)]),
    O(ME, "public_body", [ME]),
    P("Jean-Paul Hasseler", [("Jean-Paul Hasseler", 1), ("Jean-Paul Hasseler", 2)],
      roles=[("Hasseler, [président] de l’actuelle", HM),
             ("élu par ses pairs [président]", NEW)]),       # the expected president of the merged chamber
    P("Jean-Bernard Hergott", ["Jean-Bernard Hergott"], roles=[("restera [directeur général]", NEW)]),
    O(NEW, "public_body", [NEW]),
    L("France", ["France"]),
    O("JHM", "media", ["JHM"]),
    D("JHM du [23 octobre 2018]", "2018-10-23"),              # publication stamp
]
UNANNOTATED = []
