# pt252: Forum économique breton, interview of Hervé Saliou, director of Images & Réseaux.
BODY_START = None
BODY_END = None

IR = "Images et Réseaux"
RECORDS = [
    P("Hervé Saliou", [("Hervé Saliou", i) for i in (1, 2, 3)],
      roles=[("directeur", IR)]),

    O(IR, "association", [IR, ("Images & Réseaux", 1), ("Images & Réseaux", 2)], aliases=["Images & Réseaux"]),

    L("Europe", ["Europe"]),

    M("300 membres", IR, 300, "membres", "about"),
]
UNANNOTATED = []
