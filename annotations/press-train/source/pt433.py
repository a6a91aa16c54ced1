# pt433 — issuu.com (Business Advantage NC 2014), the New Caledonia business incubator.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Nouvelle-Calédonie", ["Nouvelle Calédonie", ("Nouvelle-Calédonie", 1), ("Nouvelle-Calédonie", 2)]),
    O("Incubateur d’Entreprises Innovantes de la NouvelleCalédonie", "other",
      ["Incubateur d’Entreprises Innovantes de la NouvelleCalédonie"]),  # "L'Incubateur" later: anaphora
    O("Institut de Recherche pour le Développement", "education_research",
      ["[Institut de Recherche pour le Développement] (IRD)", "Institut de Recherche pour le Développement ([IRD])", "site de l’[IRD]"], aliases=["IRD"]),
    L("Anse Vata", ["Anse Vata"]),
    L("Nouméa", ["Nouméa"]),
    P("Doriane Sanchez-Le Bris", ["Doriane Sanchez-Le Bris"],
      roles=[("[directrice du développement international et du pôle Innovation]", "ADECAL")]),
    O("ADECAL", "other", ["ADECAL"]),
    P("Christophe Carbou", ["Christophe Carbou"]),  # his title is cut ("D")
]

UNANNOTATED = []
