# pt902 — webtimemedias.com, Telecom Valley elects a new president at its general meeting (2003)
BODY_START = None
BODY_END = None
TV = "Telecom Valley"
COMM = ("Cette commission, [présidée] par", TV, "président de la commission")   # the communication commission, an internal unit of Telecom Valley

RECORDS = [
    O(TV, "association", [(TV, 1), (TV, 2), (TV, 3)]),
    D("Posté mer [26/03/2003]", "2003-03-26"),          # publication stamp
    D("en [2002]", "2002"),
    P("Jean-Marc Djian", [("Jean-Marc Djian", 1), ("Jean-Marc Djian", 2)],
      roles=[("à la [présidence] pour deux ans", TV, "président"),
             ("le nouveau [président]", TV)]),
    P("Bruno Delépine", [("Bruno Delépine", i) for i in range(1, 4)],
      roles=[("son prédécesseur à la [présidence]", TV, "président")]),   # the outgoing president
    D("[lundi 24 mars]", "XXXX-03-24"),
    L("CICA", ["CICA"]),                               # the venue
    L("Sophia Antipolis", ["Sophia Antipolis"]),
    L("Côte", ["sur la [Côte]"]),
    D("l'[année écoulée]", None, relative=True),
    P("Em Maillard", ["Em Maillard"], roles=[COMM]),
    D("depuis [janvier]", "XXXX-01"),
    P("Catherine Marchand", ["Catherine Marchand"], roles=[(COMM[0], TV, "présidente de la commission")]),
    O("WebTime Medias", "company", ["WebTime Medias"]),
    O("Sophianet.com", "media", ["Sophianet.com"]),
]
UNANNOTATED = []
