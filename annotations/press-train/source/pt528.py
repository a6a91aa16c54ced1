BODY_START = None
BODY_END = None
# The GIP "succède à l'association" ADECAL: two records (a successor body, not merged).
# "l'Adecal Technopole" is the same association renamed in 2011: a mention of the ADECAL record.

AD = "Agence de développement de la Nouvelle-Calédonie"
GIP = "GIP Technopole de Nouvelle-Calédonie"
RECORDS = [
    P("Samuel Hnepeune", [("Samuel Hnepeun", 1), ("Samuel Hnepeun", 2), "Samuel Hnepeune"],
      aliases=["Samuel Hnepeun"],
      roles=[("Le [membre du gouvernement] Samuel", None),
             ("Hnepeune, [membre du gouvernement chargé de la recherche]", None)]),
    P("Sylvia Cornu-Mercy", [("Sylvia Cornu-Mercy", 1), ("Sylvia Cornu-Mercy", 2)],
      roles=[("la [directrice] de la Technopole", GIP)]),

    O(AD, "association", [("ADECAL", 1), ("ADECAL", 2), "[Agence de développement de la Nouvelle-Calédonie] (ADECAL)", "Agence de développement de la Nouvelle-Calédonie ([ADECAL])",
                          "l’[Adecal] créée", "Adecal Technopole"],
      aliases=["ADECAL", "Adecal Technopole"]),
    O(GIP, "public_body", [("GIP la Technopole de Nouvelle-Calédonie", 1),
                           ("GIP la Technopole de Nouvelle-Calédonie", 2),
                           (GIP, 1), (GIP, 2)],
      aliases=["GIP la Technopole de Nouvelle-Calédonie"]),  # §16: bare "(la) Technopole" has no proper part: no mention

    L("Nouvelle-Calédonie", ["potentiel économique de la [Nouvelle-Calédonie]"]),

    D("10 décembre 2025", "2025-12-10"),
    D("ce [9 décembre]", "XXXX-12-09"),
    D("créée en [1995]", "1995"),
    D("il y a 30 ans", None, relative=True),
    D("en [2011]", "2011"),
]

UNANNOTATED = []
