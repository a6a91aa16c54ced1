# La Tribune 2023: how Bourgogne-Franche-Comté became attractive for start-ups (Capitale French Tech).
BODY_START = "Cela faisait tache"  # " date 2023-02 " store prefix
BODY_END = None

RECORDS = [
    P("Silvère Denis", ["Silvère Denis"], roles=[("délégué général", "BFC Numérique")]),

    O("BFC Numérique", "association", ["BFC Numérique"]),
    O("French Tech Bourgogne-Franche-Comté", "other", ["French Tech Bourgogne-Franche-Comté"]),

    L("Bourgogne-Franche-Comté", ["région [Bourgogne-Franche-Comté]"]),
    L("France", ["France"]),

    D("depuis [2019]", "2019"),
    D("situe à [2019]", "2019"),
    D("entre [2010 et 2020]", "2010", value_end="2020"),
]
UNANNOTATED = []
