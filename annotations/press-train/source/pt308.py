# pt308 — informateurjudiciaire.fr, Pays de la Loire, business angels association Abab
BODY_START = None
BODY_END = None

RECORDS = [
    P("Vincent Guillois", ["Vincent Guillois"],
      roles=[("l’un des [membres] à l’origine", "Abab"),
             ("également [fondateur] de l’agence", "The Links")]),
    P("Arnaud Jehenne", ["Arnaud Jehenne"]),   # predecessor, no title written for him
    P("François Macé", ["François Macé"],
      roles=[("la [présidence] d’Abab", "Abab", "président")]),
    P("Alexandre Gadessaud", ["Alexandre Gadessaud"],
      roles=[("[fondateur] d’Ardamez", "Ardamez")]),

    O("Abab", "association", [("Abab", 1), ("Abab", 2), ("Abab", 3)]),
    O("The Links", "company", ["The Links"]),
    O("Ardamez", "company", ["Ardamez"]),

    L("Pays de la Loire", ["Pays de la Loire"]),
    L("Nort-sur-Erdre", ["Nort-sur-Erdre"]),

    A("20 M€", 20000000, by=["Abab"]),   # invested by the association since its creation

    D("Créée en [2007]", "2007"),
    D("en [juin]", "XXXX-06"),
]

UNANNOTATED = []
