# pt455 — centrespatialguyanais.cnes.fr, launch of the ESA Pre-Incubation Lab in Guyane.
BODY_START = None
BODY_END = None

RECORDS = [
    # "ESA Pre-Incubation Lab (de Guyane)" and "un ESA Business Incubation Centre (ESA BIC)": a programme and a
    # planned centre; "de Guyane" after the programme taken as a place (§16 unclear whether part of the name)
    O("Agence spatiale européenne", "public_body",
      ["[Agence spatiale européenne] (ESA)", "Agence spatiale européenne ([ESA])", ("ESA", 5), ("ESA", 6)],
      aliases=["ESA"]),  # §16: the ESA inside the programme's and the planned centre's names is no mention
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

UNANNOTATED = [("ESA", 1, "inside the programme name ESA Pre-Incubation Lab (§16)"),
               ("ESA", 3, "inside the programme name (§16)"),
               ("ESA", 4, "inside the programme name (§16)"),
               ("ESA", 7, "inside the programme name (§16)"),
               ("ESA", 8, "inside the name of a planned centre, a project (§16)"),
               ("ESA", 9, "inside the name of a planned centre, a project (§16)")]
