# Hand annotations of corpus/u05_tours_ludiloire.txt (regional daily: the
# Tours digital ecosystem, Ludiloire). Read by tests/unseen/build.py.

# From "Lire aussi" on: related links and most-read list (chrome). They name
# Gérard Chaumier and "5 millions d'euros": no records.
BODY_END = "Lire aussi\n"

RECORDS = [
    # --- persons ---
    # "siège aussi au bureau de Touraine Numérique": a verb, no second role
    P("Sophie Marchais", [("Sophie Marchais", 1), ("Sophie Marchais", 2)],
      roles=[("directrice générale", "Ludiloire")]),
    # "son délégué général" right after the association's sentence
    P("Pierre-Yves Rabier", ["Pierre-Yves Rabier"],
      roles=[("délégué général", "Touraine Numérique")]),
    P("Nathalie Gervais", ["Nathalie Gervais"],
      roles=[("responsable des relations entreprises", "Polytech Tours")]),
    # "adjoint au maire": the town is not an organization record -> null
    P("Philippe Roussel", ["Philippe Roussel"],
      roles=[("adjoint au maire chargé de l'innovation", None)]),

    # --- organizations ---
    # not organizations: Mame (a site that does not act), "French Tech Loire
    # Valley" (written as "Le label ..."), "Touraine Tech Week" (an event)
    O("Tour(s)plus", "public_body", ["Tour(s)plus"]),  # "l'agglomération Tour(s)plus"
    O("Ludiloire", "company", [("Ludiloire", 1), ("Ludiloire", 2)]),
    O("Loire Valley Invest", "company", ["Loire Valley Invest"]),
    O("Touraine Numérique", "association", ["Touraine Numérique"]),
    O("conseil départemental d'Indre-et-Loire", "public_body", ["conseil départemental d'Indre-et-Loire"]),
    O("CCI Touraine", "public_body", ["CCI Touraine"]),
    O("Crédit Mutuel du Centre", "company", ["Crédit Mutuel du Centre"]),
    O("Harmonie Mutuelle", "company", ["Harmonie Mutuelle"]),
    O("SNCF", "company", ["SNCF"]),
    O("Université de Tours", "education_research", ["Université de Tours"]),
    O("Polytech Tours", "education_research", ["Polytech Tours"]),

    # --- amounts ---
    A("un million d'euros", 1_000_000, to="Ludiloire", by=["Loire Valley Invest"]),
    A("45 000 euros", 45_000, to="Touraine Numérique", by=["conseil départemental d'Indre-et-Loire"]),
    A("moins de [200 000 euros]", 200_000, qualifier="under"),
    A("3 millions d'euros", 3_000_000),

    # --- member counts ---
    M("180 adhérents", "Touraine Numérique", 180, "adhérents"),
    # not counts: "une quarantaine d'entreprises" (tenants of Mame), "une
    # trentaine de salariés", "1 200 classes", "plusieurs centaines d'informaticiens"

    # --- dates ---
    D("printemps 2016", "2016-SP"),
    D("fondée [fin 2012]", "2012", mod="END"),
    D("fin des années 2000", "200X", mod="END"),
    D("il y a quatre ans", None, relative=True),
    D("cette année", None, relative=True),
    D("du [3 au 5 juin]", "XXXX-06-03", value_end="XXXX-06-05"),
    D("juin 2016", "2016-06"),
    D("cet automne", None, relative=True),
    D("entre [2013 et 2015]", "2013", value_end="2015"),
    # not dates: "Un an après l'installation" (offset tied to an event),
    # "chaque année" (frequency), "une heure" (duration)
]

UNANNOTATED = []
