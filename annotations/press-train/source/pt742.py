# pt742 — france3-regions, Auvergne start-ups and their support structures (French Tech, incubators)
BODY_START = None
BODY_END = None

RECORDS = [
    L("France", [("France", 1), ("France", 2)]),
    L("Auvergne", ["en [Auvergne]", "En [Auvergne]"]),
    P("Olivier Bernasson", ["Olivier Bernasson"], roles=[("le [président] de Clermont", "Clermont Auvergne French Tech")]),
    O("Clermont Auvergne French Tech", "other", ["Clermont Auvergne French Tech"]),
    O("alloweb.org", "media", ["alloweb.org"]),
    D("15 juin 2017", "2017-06-15"),
    P("Emmanuel Macron", ["Emmanuel Macron"], roles=[("Président de la République", None)]),
    L("Europe", ["Europe"]),
    P("Isabelle Mounier", ["Isabelle Mounier"], roles=[("la [directrice] de l’incubateur", "BUSI")]),
    O("BUSI", "other", [("BUSI", 1), ("BUSI", 2)]),
    D("fondé en [1999]", "1999"),
    L("Clermont-Ferrand", [("Clermont-Ferrand", 1), ("Clermont-Ferrand", 2)]),
    O("Bivouac", "other", ["Bivouac"]),
]
UNANNOTATED = []
