# pt720 — frenchweb.fr, the women's web network Girlz in Web turns two: founders, vice-president, member count
BODY_START = None
BODY_END = None
GW = "Girlz in Web"
FOUNDED = ("[Fondée] en 2009", GW, "fondatrice")     # "Fondée en 2009 par trois trentenaires férues ... (A, B et C)"

RECORDS = [
    D("15 décembre dernier", None, relative=True),
    L("Next", ["au [Next]"]),             # the venue
    L("Paris", ["Paris"]),
    O(GW, "association", [(GW, i) for i in range(1, 6)]),
    D("Fondée en [2009]", "2009"),
    P("Célina Barahona", ["Célina Barahona"], roles=[FOUNDED]),
    P("Lucile Reynard", ["Lucile Reynard"], roles=[FOUNDED]),
    P("Sabine Coulon", ["Sabine Coulon"], roles=[FOUNDED]),
    D("février dernier", None, relative=True),
    M("près de [200 adhérentes]", GW, 200, "adhérentes", "about"),
    P("Erika Antoine", ["Erika Antoine"], roles=[("vice présidente", GW)]),
    L("France", ["France"]),
    O("Twitter", "company", ["Twitter"]),
    O("Facebook", "company", ["Facebook"]),
    # the final "Girlz " is a name cut by the excerpt's end: no mention
]
UNANNOTATED = []
