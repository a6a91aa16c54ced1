# pt734 — aeromorning.com, interview of the president of the aerospace cluster Normandie AeroEspace, member count
BODY_START = "NAE ( Normandie AeroEspace) prépare"    # slider and partner logos above
BODY_END = None
NAE = "Normandie AeroEspace"

RECORDS = [
    O(NAE, "association", [("NAE", i) for i in range(1, 6)] + [(NAE, i) for i in range(1, 5)], aliases=["NAE"]),
    P("Philippe Eudeline", [("Philippe Eudeline", i) for i in range(1, 4)],
      roles=[("est le [Président] de la filière", NAE), ("Directeur Technologie Innovation", "Thales Air Systems"),
             ("vous êtes le [Président]", NAE)]),
    O("Thales Air Systems", "company", ["Thales Air Systems"]),
    D("l’an dernier", None, relative=True),
    O("AeroMorning", "media", [("AeroMorning", 1), ("AeroMorning", 2)]),
    D("depuis [1998]", "1998"),
    D("créée en [1998]", "1998"),
    M("172 membres", NAE, 172, "membres"),
    L("base aérienne 105", ["base aérienne 105"]),
]
UNANNOTATED = []
