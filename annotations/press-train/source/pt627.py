# pt627 — macommune.info, CGPME Bourgogne Franche-Comté seat in Dijon (2016)
BODY_END = "Société\n\nL"      # a related article follows

RECORDS = [
    P("Olivier Tricon", ["Olivier Tricon"], roles=[("présidents régionaux", None)]),   # of the (unnamed) Bourgogne CGPME
    P("Michel Bergeret", ["Michel Bergeret"], roles=[("présidents régionaux", None)]),
    P("Benoit Willot", ["Benoit Willot"],
      roles=[("Willot, [président] de", "CGPME Côte d’Or"),
             ("élu [président] de la grande", "CGPME Bourgogne Franche-Comté")]),

    O("CGPME Bourgogne Franche-Comté", "association",
      [("CGPME Bourgogne Franche-Comté", 1), ("CGPME Bourgogne Franche-Comté", 2)]),
    O("Confédération Générale du Patronat des petites et moyennes entreprises", "association",
      ["[CGPME] (Confédération Générale du Patronat des petites et moyennes entreprises)", "CGPME ([Confédération Générale du Patronat des petites et moyennes entreprises])", "la [CGPME] nationale"],
      aliases=["CGPME"]),
    O("CGPME Côte d’Or", "association", ["CGPME Côte d’Or"]),

    L("Dijon", [("Dijon", 1), ("Dijon", 2)]),
    L("Bourgogne Franche-Comté", ["structure [Bourgogne Franche-Comté]"]),
    L("Bourgogne", ["pour la [Bourgogne]", "La [Bourgogne] et"]),
    L("Franche Comté", [("Franche Comté", 1), ("Franche Comté", 2)]),

    M("2000 entreprises adhérentes", "CGPME Bourgogne Franche-Comté", 2000, "entreprises adhérentes"),

    D("Publié le [27/01/2016]", "2016-01-27"),
    D("Mis à jour le [27/01/2016]", "2016-01-27"),
    D("18 décembre 2015", "2015-12-18"),
    D("mardi 26 janvier 2016", "2016-01-26"),
]

UNANNOTATED = []
