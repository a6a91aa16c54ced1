# pt647 — webtimemedias.com, Maureen Clerc new president of the Incubateur Provence Côte d'Azur (2025)
BODY_START = "Une nouvelle présidente"      # " date 2025-03 " is the store's prefix
BODY_END = None
IPCA = "Incubateur Provence Côte d’Azur"
CI = "Centre Inria d’Université Côte d’Azur"

RECORDS = [
    P("Maureen Clerc", [("Maureen Clerc", i) for i in range(1, 5)],
      roles=[("présidente", IPCA),
             ("à la [présidence] de l’incubateur", IPCA, "présidente"),   # noun of présider (§15)
             (("Directrice", 1), CI),
             (("Directrice", 2), CI),                       # restated as "Directrice d'Inria Sophia": one role per span (§15)
             ("membre du Bureau du Conseil d'Administration", IPCA),
             ("Vice-Présidente", IPCA),
             ("membre des Conseils d'Administration", "Pôle SCS"),
             ("membre des Conseils d'Administration", "Sophia Club Entreprises")]),
    P("Laurent Masson", ["Laurent Masson"], roles=[(None, IPCA)]),       # "que dirige Laurent Masson"
    P("Laurent Londeix", ["Laurent Londeix"], roles=[(None, IPCA)]),     # her predecessor (post not named for him)
    P("B. Fournier", ["B. Fournier"]),                                    # photo credit

    O(IPCA, "other", [IPCA, "Paca-Est"], aliases=["Paca-Est"]),
    O(CI, "education_research", [CI, "Inria Sophia"], aliases=["Inria Sophia"]),
    O("Inria", "education_research", [("Inria", 2), ("Inria", 4)]),
    O("Université Côte d’Azur", "education_research", [("Université Côte d’Azur", 2)]),
    O("NeuroMod", "education_research", ["NeuroMod"]),
    O("RESPIRERA", "education_research", ["RESPIRERA"]),
    O("Med’Innov", "education_research", ["Med’Innov"]),
    O("Pôle SCS", "association", ["Pôle SCS"]),
    O("Sophia Club Entreprises", "association", ["Sophia Club Entreprises"]),

    L("Sophia Antipolis", ["Sophia Antipolis"]),

    D("vendredi 24 mai", "XXXX-05-24"),
    D("depuis [2019]", "2019"),
]

UNANNOTATED = []
