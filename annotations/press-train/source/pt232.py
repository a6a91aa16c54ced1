# pt232: Objectif Languedoc-Roussillon, Eric Vacaresse new president of Eurobiomed (2022).
BODY_START = "Réunis le 22 juin"  # " date 2022-06 " is a store prefix
BODY_END = None

EB = "Eurobiomed"
RECORDS = [
    P("Eric Vacaresse", [("Eric Vacaresse", i) for i in (1, 2, 3)],
      roles=[("à la [présidence]", EB, "président"),
             ("directeur des relations scientifiques Europe", "Sanofi Hub R&D France"),
             ("scientifique en développement analytique", "Rhône-Poulenc Rorer"),
             (None, "Sanofi"),  # "divers postes à responsabilité en R&D chez Sanofi"
             ("responsable de l'emploi territorial et spin-off France", "Sanofi"),
             ("directeur Europe des relations scientifiques", "Sanofi")]),
    P("Michael Danon", [("Michael Danon", 1), ("Michael Danon", 2), "Michel Danon"],
      roles=[("Danon, [président] depuis", EB)], aliases=["Michel Danon"]),

    O(EB, "association", [(EB, 1), (EB, 2)]),
    O("Sanofi Hub R&D France", "company", ["Sanofi Hub R&D France"]),
    O("Université Pierre et Marie Curie", "education_research",
      ["Université Pierre et Marie Curie", "Paris VI"], aliases=["Paris VI"]),
    O("Sciences Po Paris", "education_research", ["Sciences Po Paris"]),
    O("ENA", "education_research", ["ENA"]),
    O("Rhône-Poulenc Rorer", "company", ["Rhône-Poulenc Rorer"]),
    O("Sanofi", "company", ["chez [Sanofi] jusqu'en"]),

    L("Occitanie", ["Occitanie"]),
    L("Sud-Paca", ["Sud-Paca"]),

    M("400 acteurs", EB, 400, "acteurs"),
    A("1,2 milliard d'euros", 1200000000, qualifier="over"),
    A("461 millions d'euros", 461000000),

    D("22 juin", "XXXX-06-22"),
    D("depuis [2019]", "2019"),
    D("en [1995]", "1995"),
    D("jusqu'en [2013]", "2013"),
    D("en [2014]", "2014"),
]
UNANNOTATED = []
