# pt247: Enviscope, interview of Catherine Candela, déléguée générale of Tenerrdis (2015).
BODY_START = "Hydrogène, hydraulique, réseaux : Tenerrdis, pôle"  # the numbered breadcrumb is chrome
BODY_END = None

T = "Tenerrdis"
RECORDS = [
    P("Catherine Candela", [("Catherine Candela", 1), ("Catherine Candela", 2)],
      roles=[("Candela, [déléguée générale] du", T), ("en tant que [déléguée générale]", T)]),

    O(T, "association", [(T, i) for i in (1, 2, 3, 4, 5)]),
    O("Enviscope", "media", [("Enviscope", 1), ("Enviscope", 2)]),
    O("Région Rhône-Alpes", "public_body", ["Région Rhône-Alpes"]),

    L("Rhône-Alpes", ["en [Rhône-Alpes]"]),

    D("une [2014] une", "2014"),
    D("pour [2014]", "2014"),
]
UNANNOTATED = []
