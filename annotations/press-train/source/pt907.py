# pt907 — apacom.fr, new presidents at the Bordeaux press club and at Aquinum, the Aquitaine digital association
BODY_START = None
BODY_END = None
AQ = "Association des professionnels du numérique en Aquitaine"

RECORDS = [
    O("APACOM", "association", [("APACOM", i) for i in range(1, 4)]),
    D("le [8 mars]", "XXXX-03-08"),
    D("[7 février]", "XXXX-02-07"),
    P("Aude Ferbos", ["Aude Ferbos"], roles=[("devenue [présidente] du Club", "Club de la Presse de Bordeaux")]),
    O("Club de la Presse de Bordeaux", "association", ["Club de la Presse de Bordeaux"]),
    P("Sarah LAPORTE", [("Sarah LAPORTE", 1), ("Sarah LAPORTE", 2)],
      roles=[(None, AQ),                                      # "Autre nouvelle élue : Sarah LAPORTE pour AQUINUM"
             ("Sa nouvelle [présidente], Sarah", AQ),
             ("2 ans comme [administratrice]", AQ),          # her former board seat, told to her ("vous")
             ("vous êtes aujourd’hui  [présidente] de l’association", AQ)]),
    O(AQ, "association", [("AQUINUM", 1), AQ] + [("AQUINUM", i) for i in range(2, 7)] + ["Aquinum"],
      aliases=["AQUINUM"]),
    L("Aquitaine", ["du numérique en [Aquitaine]. Tout"]),   # a description of the association, not its name
    O("Node", "other", [("Node", 1), ("Node", 2)]),           # the coworking space Aquinum runs
    D("Depuis [2012]", "2012"),
    L("Bordeaux", ["au cœur de [Bordeaux]"]),
]
UNANNOTATED = []
