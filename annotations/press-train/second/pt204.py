# second annotation (annotator 1): AFPC renews its statutes and governance (2017).
BODY_START = "L’Association Française des pôles de Compétitivité renouvelle"  # first line: truncated breadcrumb
BODY_END = None

A_ = "Association Française des Pôles de Compétitivité"
RECORDS = [
    O(A_, "association",
      ["Association Française des pôles de Compétitivité", ("AFPC", 1), (A_, 1), ("AFPC", 2), (A_, 2),
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

    D("16 décembre 2013", "2013-12-16"),
    M("55 des 68 pôles de compétitivité", A_, 55, "pôles de compétitivité"),
    D("24 avril 2017", "2017-04-24"),
]
UNANNOTATED = []
