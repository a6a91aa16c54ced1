# pt653 — aefinfo.fr, Premice, the Bourgogne regional incubator (2011-2013)
BODY_START = "« Augmenter la part"      # cookie banner above
BODY_END = None

RECORDS = [
    P("Thomas Dupont", ["Thomas Dupont"], roles=[("2013 [directeur] de Premice", "Premice")]),
    P("Houriah Ghebalou", ["Houriah Ghebalou"], roles=[("directrice", "Premice")]),
    P("Roger Guilard", ["Roger Guilard"], roles=[("Guilard, [président] de", "Premice")]),

    O("Premice", "other", [("Premice", i) for i in range(1, 5)]),
    O("AEF", "media", [("AEF", i) for i in range(1, 4)]),
    O("Satt Grand-Est", "other", [("Satt Grand-Est", 1), ("Satt Grand-Est", 2)]),
    O("Bourgogne Innovation", "other", ["Bourgogne Innovation"]),

    L("Bourgogne", ["régional de [Bourgogne]", "constituer en [Bourgogne]"]),

    D("1er janvier 2013", "2013-01-01"),
    D("depuis [2000]", "2000"),
    D("début 2011", "2011", mod="START"),
    D("9 décembre 2011", "2011-12-09"),
    D("janvier 2012", "2012-01"),
]

UNANNOTATED = []
