# pt267: Conliège news (rssing), general assembly of the Clus'Ter Jura.
BODY_START = None
BODY_END = None

CJ = "Clus’Ter Jura"
RECORDS = [
    P("Matthieu Grosset", ["Matthieu Grosset"], roles=[("Grosset le [président]", CJ)]),
    P("Pierre-François Bernard", ["Pierre-François Bernard"], roles=[("Bernard le [directeur]", CJ)]),

    O(CJ, "company", [(CJ, 1), (CJ, 2)]),  # "est une SCIC (société coopérative d'intérêt collectif)"
    O("Groupe Demain", "company", ["Groupe Demain"]),
    O("Ensemble Bi'Eau", "company", ["Ensemble Bi'Eau"]),

    L("Conliège", ["Conliège"]),
    L("Pays Lédonien", ["Pays Lédonien"]),

    D("jeudi soir", None, relative=True),
    D("depuis [2016]", "2016"),
    D("2021-2026", "2021", value_end="2026"),
]
UNANNOTATED = []
