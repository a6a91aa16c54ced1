# pt220: Tahiti Infos, Qualitropic visits Tahiti Fa'ahotu (2010).
BODY_START = "Recherche & développement:"  # "Tahiti Infos" is the site's name
BODY_END = None

Q = "Qualitropic"
TF = "Tahiti Fa'ahotu"
RECORDS = [
    P("Françoise Delabaere", [("Françoise Delabaere", i) for i in (1, 2, 3)],
      roles=[("directrice", Q)]),
    P("Bernard Costa", [("Bernard Costa", 1), ("Bernard Costa", 2)]),
    P("Claire Desvignes", [("Claire Desvignes", 1), ("Claire Desvignes", 2), "Docteur Claire Desvignes"]),

    O(Q, "association", [(Q, i) for i in (1, 2, 3)]),
    O(TF, "association", [(TF, i) for i in (1, 2, 3, 4)]),
    O("Ministère de l’aménagement du territoire", "public_body", ["Ministère de l’aménagement du territoire"]),
    O("Pôle Mer Bretagne", "association", ["Pôle Mer Bretagne"]),
    O("Pôle Mer Paca", "association", ["Pôle Mer Paca"]),
    O("Cosmetic Valley", "association", ["Cosmetic Valley"]),

    L("Réunion", ["([Réunion])", "basé à la [Réunion]", "2005 à la [Réunion]", "pôle de la [Réunion]"]),
    L("Polynésie", ["([Polynésie])"]),
    L("Papeete", ["Papeete"]),
    L("France", ["France"]),
    L("Outremer", ["Outremer"]),
    L("Polynésie française", ["Polynésie française"]),

    D("10 octobre 2010", "2010-10-10"),
    D("été 2005", "2005-SU"),
    D("septembre 2005", "2005-09"),
    D("en [2009]", "2009"),
]
UNANNOTATED = []
