# pt658 — voccitanie.occitanie.cci.fr, the BIC de Montpellier ranked by UbiGlobal
BODY_START = "C’est un cocorico"     # "ARCHIVES |" above is the site's rubric
BODY_END = None
BIC = "BIC de Montpellier"

RECORDS = [
    P("Isabelle Prévot", [("Isabelle Prévot", 1), ("Isabelle Prévot", 2)],
      roles=[(("directrice", 1), BIC),
             (("directrice", 2), BIC)]),       # restated in the pull quote: one role per span (§15)

    O(BIC, "other", [BIC] + [("BIC", i) for i in range(2, 6)], aliases=["BIC"]),
    O("UbiGlobal", "other", [("UbiGlobal", 1), ("UbiGlobal", 2)]),
    O("École nationale supérieure de chimie", "education_research", ["École nationale supérieure de chimie"]),
    O("IAE", "education_research", ["IAE"]),
    O("Sup’Agro", "education_research", ["Sup’Agro"]),
    O("Insee", "public_body", ["Insee"]),
    O("Dell", "company", ["Dell"]),
    O("IBM", "company", ["IBM"]),
    O("Montpellier Méditerranée Métropole", "public_body", ["Montpellier Méditerranée Métropole"]),
    O("SATT AxLR", "other", ["SATT AxLR"]),
    O("École des Mines d’Alès", "education_research", ["École des Mines d’Alès"]),
    O("Medtech", "company", ["Medtech"]),
    O("Teads", "company", ["Teads"]),

    L("Occitanie", ["Occitanie"]),
    L("Cap Oméga", ["Cap Oméga"]),
    L("Gard", ["Gard"]),

    D("Début février", "XXXX-02", mod="START"),
    D("en [1987]", "1987"),
]

UNANNOTATED = []
