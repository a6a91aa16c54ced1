# Innovation Austrasie 2019: Troyes joins the French Tech (Communauté French Tech Troyes).
BODY_START = None
BODY_END = None

RECORDS = [
    P("Francis Bécard", [("Francis Bécard", 1), ("Francis Bécard", 2)],
      roles=[("directeur", "Technopôle de Troyes")]),
    P("Christophe Juppin", ["Christophe Juppin"],
      roles=[("responsable de l’innovation", "CCI Meuse Haute-Marne"), ("secrétaire", "Nogentech")]),

    O("Technopôle de Troyes", "other", ["Technopôle de Troyes"]),
    O("French Tech East", "other", ["French Tech East"]),
    O("Lorntech", "other", ["Lorntech"]),
    O("Troyes", "public_body", ["[Troyes] de son coté"]),  # slip §12: acting city is public_body (was other); acts: "a rassemblé le cluster Nogentech"
    O("Nogentech", "association", [("Nogentech", 1), ("Nogentech", 2)]),
    O("Aube", "public_body", ["l’[Aube] a pu", "avec l’[Aube] semblait"]),  # slip §12: acting département is public_body (was other); acts / partner
    O("Troyes-Chaumont-Sens", "public_body", ["Troyes-Chaumont-Sens"]),
    O("French Tech Troyes", "other", [("French Tech Troyes", 1), ("French Tech Troyes", 2)]),
    O("CCI Meuse Haute-Marne", "public_body", ["CCI Meuse Haute-Marne"]),
    O("UTT", "education_research", ["UTT"]),
    O("Business Sud Champagne", "public_body", ["Business Sud Champagne"]),  # §16 kind: "l’agence de développement" (was other)

    L("France", [("France", 1), ("France", 2)]),
    L("Troyes", ["Pour [Troyes], c’est"]),
    L("sillon Lorrain", ["sillon Lorrain"]),
    L("Strasbourg", ["Strasbourg"]),
    L("Haute-Marne", ["en [Haute-Marne]"]),
    L("Yonne", ["Yonne"]),

    D("en [2014]", "2014"),
    D("début d’année 2019", "2019", mod="START"),
]
UNANNOTATED = []
