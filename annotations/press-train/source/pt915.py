# pt915 — images-et-reseaux.com, new director and deputy director of the Images & Réseaux cluster (2023)
BODY_START = None
BODY_END = None
IR = "Images & Réseaux"     # "le Pôle Images & Réseaux": the generic head stays out (§16); "du Pôle" alone is anaphora

RECORDS = [
    O(IR, "association", [(IR, 1), (IR, 2), (IR, 3)]),
    D("Publié le [17/02/2023]", "2023-02-17"),
    P("Hervé Saliou", [("Hervé Saliou", 1), ("Hervé Saliou", 2), "Hervé SALIOU"], aliases=["Hervé SALIOU"],
      roles=[("Saliou, [directeur technique] du Pôle", IR),
             ("Respectivement nommés [directeur] et", IR),
             ("en tant [directeur technique]", IR)]),           # "Je suis arrivé au Pôle ... en tant directeur technique"
    D("depuis [mars 2021], en a pris", "2021-03"),
    D("le [vendredi 27 janvier]", "XXXX-01-27"),
    P("Aude Ollivier-Cadoret", [("Aude Ollivier-Cadoret", 1), ("Aude Ollivier-Cadoret", 2), "Aude OLLIVIER-CADORET"],
      aliases=["Aude OLLIVIER-CADORET"],
      roles=[("nommée [directrice adjointe]", IR),
             ("[directrice adjointe] du Pôle Images", IR),
             (None, "GNFA")]),                                   # began her career "au GNFA"
    O("LeMag", "media", ["LeMag"]),                              # the cluster's magazine, interviewer
    D("le [27 janvier dernier]", None, relative=True),
    L("France", ["France"]),
    D("en [mars 2021] en tant", "2021-03"),
    O("Pôle d’Innovation Numérique Européen EDIH Bretagne", "other",
      ["Pôle d’Innovation Numérique Européen EDIH Bretagne", "European Digital Innovation Hub"],
      aliases=["European Digital Innovation Hub"]),
    O("Commission Européenne", "public_body", ["Commission Européenne"]),
    O("UBO", "education_research", ["UBO"]),
    O("GNFA", "other", ["GNFA"]),
]
UNANNOTATED = []
