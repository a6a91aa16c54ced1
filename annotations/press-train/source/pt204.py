# pt204: petitesaffiches.fr, AFPC renews its statutes and governance (2017).
BODY_START = "L’Association Française des pôles de Compétitivité renouvelle"  # line 1 is a cut page heading
BODY_END = None

AFPC = "Association Française des Pôles de Compétitivité"
RECORDS = [
    O(AFPC, "association",
      ["L’[Association Française des pôles de Compétitivité]",
       ("AFPC", 1), "AFPC ([Association Française des Pôles de Compétitivité])",
       ("AFPC", 2), ("AFPC ([Association Française des Pôles de Compétitivité])", 2),
       ("AFPC", 3), ("AFPC", 4), ("AFPC", 5), ("AFPC", 6)],
      aliases=["AFPC"]),
    O("INRA", "education_research", ["INRA"]),
    O("Elastopôle", "association", ["Elastopôle"]),
    O("Tenerrdis", "association", ["Tenerrdis"]),
    O("Véhicule du Futur", "association", ["Véhicule du Futur"]),
    O("Viameca", "association", ["Viameca"]),
    O("EMC2", "association", ["EMC2"]),
    O("LUTB", "association", ["LUTB"]),
    O("LyonBiopole", "association", ["LyonBiopole"]),
    O("SAFE", "association", ["SAFE"]),

    L("Paris", ["Paris"]),

    M("55 des 68 pôles de compétitivité", AFPC, 55, "pôles de compétitivité"),

    D("16 décembre 2013", "2013-12-16"),
    D("24 avril 2017", "2017-04-24"),
]
UNANNOTATED = []
