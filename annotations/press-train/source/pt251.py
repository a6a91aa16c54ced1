# pt251: images-et-reseaux.com, handover at the head of the pôle Images & Réseaux (2021).
BODY_START = None
BODY_END = None

IR = "Images & Réseaux"
RECORDS = [
    P("Gérard Le Bihan", [("Gérard Le Bihan", i) for i in (1, 2, 3)],
      roles=[(None, IR),  # "lâchait les rênes du pôle"
             ("directeur Général", IR)]),  # "en tant que directeur Général du Pôle ..." (addressed to him)
    P("Guillaume Farny", [("Guillaume Farny", 1), ("Guillaume Farny", 2)], roles=[(None, IR)]),

    O(IR, "association", [(IR, i) for i in (1, 2, 3, 4, 5)]),
    O("TES", "association", ["TES"]),

    L("Grand Ouest", ["Grand Ouest"]),
    L("Rennes", ["Rennes"]),

    D("21/06/2021", "2021-06-21"),
    D("15 avril dernier", None, relative=True),
    D("depuis [2005]", "2005"),
    D("en [2004]", "2004"),
    D("2007 et 2021", "2007", value_end="2021"),
    D("Il y a une quinzaine d’années", None, relative=True),
]
UNANNOTATED = []
