# pt455 — centrespatialguyanais.cnes.fr, launch of the ESA Pre-Incubation Lab in Guyane.
BODY_START = None
BODY_END = None

RECORDS = [
    # "ESA Pre-Incubation Lab (de Guyane)" and "un ESA Business Incubation Centre (ESA BIC)": a programme and a
    # future, generic centre; the ESA and Guyane written inside them are annotated
    O("Agence spatiale européenne", "public_body",
      [("ESA", 1), "[Agence spatiale européenne] (ESA)", "Agence spatiale européenne ([ESA])", ("ESA", 3), ("ESA", 4), ("ESA", 5), ("ESA", 6), ("ESA", 7),
       ("ESA", 8), ("ESA", 9)], aliases=["ESA"]),
    L("Guyane française", [("Guyane", 1), "Lab de [Guyane] lors", "Lab de [Guyane] a", "pour la [Guyane]",
                           "Guyane française"]),
    D("Ce [jeudi 12 mars]", "XXXX-03-12"),
    O("CNES", "public_body", [("CNES", 1), ("CNES", 2)]),
    O("Guyane Connect’", "association", [("Guyane Connect’", 1), ("Guyane Connect’", 2), ("Guyane Connect’", 3)]),
    L("Cayenne", ["à [Cayenne]"]),
    L("Mercure Cayenne Royal Amazonia", ["Mercure Cayenne Royal Amazonia"]),
    P("Géraldine Naja", ["Géraldine Naja"],
      roles=[("[Director of Commercialisation, Industry and Competitiveness]", "Agence spatiale européenne")]),
    P("Philippe Lier", ["Philippe Lier"], roles=[("[Directeur] du Centre", "Centre spatial guyanais")]),
    O("Centre spatial guyanais", "public_body", ["Centre spatial guyanais"]),
    P("Jean-Marc Durand", ["Jean-Marc Durand"], roles=[("[Président] de l’association", "Guyane Connect’")]),
]

UNANNOTATED = []
