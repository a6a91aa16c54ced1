# pt715 — lyon-entreprises.com, Christophe Cizeron succeeds Philippe Archinard at the head of Lyon-Biopôle
BODY_START = None
BODY_END = None
LB = "Lyon-Biopôle"
GL = "Grand Lyon"

RECORDS = [
    P("Christophe Cizeron", [("Christophe Cizeron", 1), ("Christophe Cizeron", 2), ("Christophe Cizeron", 3)],
      roles=[("L’[ancien directeur de cabinet]", GL),          # title line: the post held at the Grand Lyon (body)
             ("prend la [présidence]", LB, "président"),
             ("conseiller technique sur les Affaires Economiques", GL),
             ("en tant que [directeur de cabinet]", GL),
             (None, "Algoé"),                                   # "en consulting ... au sein du cabinet de conseil Algoé"
             (None, "GL events")]),                             # "en charge de la Direction du Développement ... du Groupe GL events"
    P("Gérard Collomb", [("Gérard Collomb", 1), ("Gérard Collomb", 2)]),
    O(LB, "association", [(LB, i) for i in range(1, 5)]),
    P("Philippe Archinard", [("Philippe Archinard", i) for i in range(1, 4)],
      roles=[("Archinard, [Pdg]", "Transgène"), ("sous la [présidence]", LB, "président")]),
    O("Transgène", "company", ["Transgène"]),
    O("BD", "company", ["BD"]),
    O("bioMérieux", "company", ["bioMérieux"]),
    O("CEA", "education_research", ["CEA"]),
    O("Fondation Mérieux", "other", [("Fondation Mérieux", 1), ("Fondation Mérieux", 2)]),
    O("Bohringer Ingelheim Animal Health", "company", ["Bohringer Ingelheim Animal Health"]),
    O("Sanofi Pasteur", "company", ["Sanofi Pasteur"]),
    O("Région Auvergne-Rhône-Alpes", "public_body", ["Région Auvergne-Rhône-Alpes"]),
    O("Métropole de Lyon", "public_body", ["Métropole de Lyon"]),
    O("Métro de Grenoble", "public_body", ["Métro de Grenoble"]),
    O("Clermont Communauté", "public_body", ["Clermont Communauté"]),
    P("Alain Mérieux", ["Alain Mérieux"],
      roles=[("Mérieux, [président]", "Fondation Mérieux"), ("et [président] de l’Institut", "Institut Mérieux")]),
    O("Institut Mérieux", "other", ["Institut Mérieux"]),
    O("Algoé", "company", ["Algoé"]),
    D("En [2002]", "2002"),
    O(GL, "public_body", [GL]),
    D("2002-2004", "2002", value_end="2004"),
    D("2004-2009", "2004", value_end="2009"),
    O("GL events", "company", ["GL events"]),
]
UNANNOTATED = []
