# pt825 — construirelabretagne.bzh, the Images & Réseaux competitiveness cluster and Brittany's telecom history
BODY_START = None
BODY_END = None
IR = "Images § Réseaux"
ATC = "Automatic Telephone Company"

RECORDS = [
    P("René Pleven", ["René Pleven"],
      roles=[("Directeur", ATC),
             ("sa [présidence] au", "C.E.L.I.B", "président")]),
    P("de Gaulle", ["de Gaulle"], roles=[("le [général] de Gaulle", None)]),
    P("Pierre Marzin", ["Pierre Marzin"]),

    O(IR, "association", [IR]),                   # "le pôle de compétitivité"
    O(ATC, "company", [ATC]),
    O("C.E.L.I.B", "other", ["C.E.L.I.B"]),
    O("CNET", "education_research", ["CNET"]),

    L("Bretagne", [("Bretagne", i) for i in range(1, 6)]),
    L("Europe", [("Europe", 1), ("Europe", 2)]),
    L("Ile-de-France", ["Ile-de-France"]),
    L("Londres", ["Londres"]),
    L("Lannion", ["Lannion"]),

    D("Lancé en [2005]", "2005"),
    M("plus de [245 adhérents]", IR, 245, "adhérents", "over"),
    A("688 millions d’Euros", 688000000, by=[IR]),   # invested by the cluster in R&D projects
    D("depuis [2006]", "2006"),
    D("en [1950]", "1950"),
    D("juin 1940", "1940-06"),
]

UNANNOTATED = []
