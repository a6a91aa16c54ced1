# c16 — invented: "Le club d'entreprises X a renouvelé son bureau : A (B), président ; … ; membres du bureau : E (F) ; G (H) ; I (J)." (';' items) and a counter-example: a prize jury's winners "A (B) et C (D)" (affiliations only)
BODY_START = None
BODY_END = None
DN = "Dômes Numériques"
MB = ("[membres du bureau]", DN)

RECORDS = [
    L("Clermont-Ferrand", ["Clermont-Ferrand"]),
    O(DN, "association", [DN]),     # a club
    D("[mercredi soir]", None, relative=True),
    P("Arnaud Chassaing", [("Arnaud Chassaing", 1), ("Arnaud Chassaing", 2)],
      roles=[(None, "Sancy Cloud"), ("Cloud), [président]", DN)]),
    O("Sancy Cloud", "company", ["Sancy Cloud"]),
    P("Delphine Vigier", ["Delphine Vigier"], roles=[(None, "Livradois Web"), ("Web), [vice-présidente]", DN)]),
    O("Livradois Web", "company", ["Livradois Web"]),
    P("Mathieu Rochon", ["Mathieu Rochon"],
      roles=[("Rochon, [expert-comptable]", None), ("expert-comptable, [trésorier]", DN)]),
    P("Sarah Bouchet", ["Sarah Bouchet"], roles=[MB, (None, "Allier Robotique")]),
    O("Allier Robotique", "company", ["Allier Robotique"]),
    P("Kévin Tixier", ["Kévin Tixier"], roles=[MB, (None, "Chaîne des Puys Data")]),
    O("Chaîne des Puys Data", "company", ["Chaîne des Puys Data"]),
    P("Agathe Malleret", ["Agathe Malleret"], roles=[MB, (None, "Artense Design")]),
    O("Artense Design", "company", ["Artense Design"]),
    M("[90 membres]", DN, 90, "membres"),
    # the prize winners: their companies only
    P("Pierre Faucher", ["Pierre Faucher"], roles=[(None, "Volvic Sensors")]),
    O("Volvic Sensors", "company", ["Volvic Sensors"]),
    P("Nadia Belkacem", ["Nadia Belkacem"], roles=[(None, "Thiers Coutellerie Connectée")]),
    O("Thiers Coutellerie Connectée", "company", ["Thiers Coutellerie Connectée"]),
    P("Romane Delorme", ["Romane Delorme"], roles=[(None, "Combrailles Agri")]),
    O("Combrailles Agri", "company", ["Combrailles Agri"]),
    L("Auvergne", ["Auvergne"]),
]
UNANNOTATED = []
