# pt342 — maddyness.com, Auvergne-Rhône-Alpes, the Clermont-Ferrand ecosystem and Le Bivouac
BODY_START = None
BODY_END = None
# "une Silicon Valley européenne": figurative, no place. "la Métropole", "la région": generic.

RECORDS = [
    P("Laurent Wauquiez", ["Laurent Wauquiez"],
      roles=[("il est le [Président]", "région Auvergne-Rhône-Alpes")]),
    P("Jérôme Auslender", ["Jérôme Auslender"],
      roles=[("[Vice-Président] du Bivouac", "Bivouac"),
             ("Adjoint au Maire", None)]),   # "de Clermont-Ferrand": a place

    O("région Auvergne-Rhône-Alpes", "public_body", ["région Auvergne-Rhône-Alpes"]),
    O("Clermont Auvergne Métropole", "public_body", ["Clermont Auvergne Métropole"]),
    O("Bivouac", "other", ["du [Bivouac]", "le [Bivouac], un"]),
    O("Région Auvergne", "public_body", ["Région Auvergne"]),
    O("Communauté d'agglomération clermontoise", "public_body", ["Communauté d'agglomération clermontoise"]),
    O("Michelin", "company", ["Michelin"]),
    O("La Montagne", "media", ["La Montagne"]),
    O("Limagrain", "company", ["Limagrain"]),
    O("Orange", "company", ["Orange"]),

    L("Clermont-Ferrand", ["Clermont-Ferrand"]),
    L("France", ["France"]),

    D("octobre dernier", None, relative=True),
    D("en [2016]", "2016"),
]

UNANNOTATED = []
