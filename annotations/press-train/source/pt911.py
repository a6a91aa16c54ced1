# pt911 — vichy-economie.com, the young business leaders' movement (CJD) revives its Vichy section under a new president
BODY_START = None
BODY_END = None
CJD = "Centre des jeunes dirigeants d’entreprise"

RECORDS = [
    O(CJD, "association", [(CJD, 1), (CJD, 2), (CJD, 3), ("CJD", 1), ("CDJ", 1), ("CDJ", 2), ("CJD", 2), ("CJD", 3), ("CJD", 4)],
      aliases=["CJD", "CDJ"]),                                    # "CDJ": the interviewee's spelling of the same movement
    L("Vichy", [("Vichy", 1), ("Vichy", 2)]),
    D("[années quatre-vingt et quatre-vingt-dix]", "198X", value_end="199X"),
    M("a compté [plus d’une cinquantaine de membres]", None, 50, "membres", "over"),   # its former Vichy section, unnamed
    P("Luc Meunier", [("Luc Meunier", 1), ("Luc Meunier", 2)],
      roles=[("[avocat] au barreau", "barreau de Cusset"),
             ("en devenant [président] de la section locale", CJD)]),   # the movement's local section (§4: the parent organization)
    O("barreau de Cusset", "association", ["barreau de Cusset"]),
    L("Montluçon", ["Montluçon"]),
    D("en [1938]", "1938"),
]
UNANNOTATED = []
