BODY_START = None
BODY_END = None
# "la Région", "l'hôtel de région": generic; "Big Bang de l'emploi": an event.

SC = "Solutions&Co"
CR = "conseil régional des Pays de la Loire"
RECORDS = [
    P("Christelle Morançais", [("Christelle Morançais", 1), ("Christelle Morançais", 2),
                               ("Christelle Morançais", 3), ("Christelle Morançais", 4),
                               ("Christelle Morançais", 5)],
      roles=[("[présidé] par Christelle", SC, "présidente"),
             ("la [présidente] (Horizons)", CR),     # "de la région Pays de la Loire": the council
             (None, "Horizons")]),
    P("Thibault Dumas", [("Thibault Dumas", 1), ("Thibault Dumas", 2)]),   # photo credit, byline

    O(SC, "public_body", [(SC, 1), (SC, 2), (SC, 3), (SC, 4), (SC, 5), (SC, 6)]),
    O(CR, "public_body", [CR]),
    L("Pays de la Loire", ["la région [Pays de la Loire]"]),  # §16: territory name after the title: a place; the role is at the council's record
    O("Horizons", "association", ["Horizons"]),
    O("Mediacités", "media", ["Mediacités"]),

    L("Angers", ["Angers"]),
    L("île de Nantes", ["île de Nantes"]),

    D("mi-octobre", "XXXX-10", mod="MID"),
    D("mars 2023", "2023-03"),
    D("17 octobre dernier", None, relative=True),
]

UNANNOTATED = []
