# pt266: macommune.info (press release), the CGPME Bourgogne Franche-Comté settles in Dijon (2016).
BODY_START = None
BODY_END = "Quitter la version mobile"

BFC = "CGPME Bourgogne Franche-Comté"
NAT = "Confédération Générale du Patronat des petites et moyennes entreprises"
RECORDS = [
    P("Olivier Tricon", ["Olivier Tricon"], roles=[("Les deux [présidents] régionaux", None)]),
    P("Michel Bergeret", ["Michel Bergeret"], roles=[("Les deux [présidents] régionaux", None)]),
    P("Benoit Willot", ["Benoit Willot"],
      roles=[("Willot, [président] de la CGPME", "CGPME Côte d’Or"),
             ("élu [président] de la grande", BFC)]),

    O(BFC, "association", [(BFC, 1), (BFC, 2)]),
    O(NAT, "association", [NAT, "la [CGPME] nationale"], aliases=["CGPME"]),
    O("CGPME Côte d’Or", "association", ["CGPME Côte d’Or"]),

    L("Dijon", [("Dijon", 1), ("Dijon", 2)]),
    L("Bourgogne Franche-Comté", ["structure [Bourgogne Franche-Comté]"]),
    L("Bourgogne", ["pour la [Bourgogne] et", "La [Bourgogne] et la"]),
    L("Franche Comté", [("Franche Comté", 1), ("Franche Comté", 2)]),

    M("2000 entreprises adhérentes", BFC, 2000, "entreprises adhérentes"),

    D("18 décembre 2015", "2015-12-18"),
    D("mardi 26 janvier 2016", "2016-01-26"),
]
UNANNOTATED = [("CGPME", 2, "\"différentes CGPME (...) départementales\": a generic plural of the departmental bodies")]
