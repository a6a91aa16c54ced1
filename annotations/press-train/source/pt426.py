# pt426 — bretagne-prospective.bzh (Ouest-France, 2014), school incubators in Brest.
BODY_START = None
BODY_END = None

RECORDS = [
    O("Ouest-France", "media", ["Ouest-France"]),
    D("le [8 septembre 2014]", "2014-09-08"),  # publication stamp
    L("Brest", ["À [Brest], France", "À [Brest], deux", "sites de [Brest]", "site de [Brest]"]),
    O("France business school", "education_research",
      ["France business school", "([FBS])", "À [FBS], à", "avec [FBS],",
       "ESC", "École supérieure de commerce"],
      aliases=["FBS", "ESC", "École supérieure de commerce"]),
    O("Télécom Bretagne", "education_research", [("Télécom Bretagne", 1), ("Télécom Bretagne", 2), ("Télécom Bretagne", 3)]),
    O("Produit en Bretagne-France business school", "other", ["Produit en Bretagne-France business school"]),
    P("David Merieau", [("David Merieau", 1), ("David Merieau", 2)],
      roles=[("Merieau, [responsable]", "Produit en Bretagne-France business school")]),
    L("Rennes", ["Rennes"]),
    D("depuis [1998]", "1998"),
    D("en [2006]", "2006"),
    M("330 chefs d’entreprises membre", "Produit en Bretagne", 330, "chefs d’entreprises membre"),
    O("Produit en Bretagne", "association", ["l’association [produit en Bretagne]"]),
    O("CCI de Brest", "public_body", ["CCI de Brest"]),
    O("CCI Bretagne", "public_body", ["CCI Bretagne"]),
]

UNANNOTATED = []
