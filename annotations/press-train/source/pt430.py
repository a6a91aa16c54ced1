# pt430 — bgebalise.fr, the Chrysalia business nursery (CACEM, Martinique).
BODY_START = None
BODY_END = None

RECORDS = [
    L("Martinique", ["économique de la [Martinique]", "créées à la [Martinique]"]),
    O("Communauté d'Agglomération du Centre de la Martinique", "public_body",
      ["[Communauté d'Agglomération du Centre de la Martinique] (CACEM)", "Communauté d'Agglomération du Centre de la Martinique ([CACEM])", "la [CACEM] a fait"], aliases=["CACEM"]),
    L("Fort-de-France", ["Fort-de-France"]),
    L("Départements Français d'Amérique", ["[Départements Français d'Amérique] (DFA)", "Départements Français d'Amérique ([DFA])"]),
    O("ACCET Val d'Oise", "other", ["ACCET Val d'Oise"]),
    D("En [juillet 2004]", "2004-07"),
    O("Chrysalia", "other", ["Chrysalia"]),
    D("en [avril 2005]", "2005-04"),
    L("Etang Z'Abricots", ["Etang Z'Abricots"]),
    L("Agora", ["Agora"]),
    A("16 euros", 16),
]

UNANNOTATED = []
