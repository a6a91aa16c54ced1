# pt237: ARISAL, Alsace Biovalley's new director and its president (2017).
BODY_START = None
BODY_END = None

AB = "Alsace Biovalley"
CEED = "Centre Européen d’Etude sur le Diabète"
RECORDS = [
    P("Marco Pintore", [("Marco Pintore", i) for i in (1, 2, 3)],
      roles=[("Directeur Général", AB),
             ("nouveau [directeur général] a été", AB),
             ("du nouveau [directeur].", AB)]),
    P("Séverine Sigrist", [("Séverine Sigrist", 1), "Madame Sigrist", "Severine Sigrist",
                           ("Séverine Sigrist", 2), ("Séverine Sigrist", 3)],
      roles=[("Sigrist, [présidente] d’Alsace", AB),
             ("Une [présidente] aux", AB),
             ("responsable de laboratoire", CEED),
             ("la [présidence] du pôle", AB, "présidente"),
             ("Sigrist, [Présidente] d’Alsace", AB)],
      aliases=["Severine Sigrist"]),
    P("Bartosch Salmanski", ["Bartosch Salmanski"]),

    O(AB, "association", [(AB, i) for i in range(1, 9)]),
    O(CEED, "education_research", [CEED]),
    O("Defymed", "company", [("Defymed", 1), ("Defymed", 2), ("Defymed", 3)]),

    D("mai dernier", None, relative=True),
    D("depuis [2005]", "2005"),
    D("En [2011]", "2011"),
    D("en [2014]", "2014"),
]
UNANNOTATED = []
