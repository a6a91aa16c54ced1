# pt614 — lagazettefrance.fr, interview of Sparkling Partners' president (Lille)
BODY_END = None

RECORDS = [
    P("Martin Toulemonde", [("Martin Toulemonde", 1), ("Martin Toulemonde", 2)],
      roles=[("Toulemonde, [président] de", "Sparkling Partners"),
             ("le [fondateur] de Chronodrive", "Chronodrive")]),     # "Vous êtes le fondateur de Chronodrive"
    P("Charles Perrard", ["Charles Perrard"],
      roles=[("associés", "Sparkling Partners")]),                  # "Mes deux associés – A et B – m'ont rejoint ... pour créer ... Sparkling Partners"
    P("Nicolas De Kerangal", ["Nicolas De Kerangal"],
      roles=[("associés", "Sparkling Partners")]),
    P("Jean Derremeaux", ["Jean Derremeaux"],
      roles=[("cofondateur", "ETO"), (None, "Sparkling Partners")]),  # "m'ont rejoint ... pour créer"
    P("Damien Deleplanque", ["Damien Deleplanque"],
      roles=[("CEO", "Adeo"), ("CEO", "Leroy Merlin"), (None, "Sparkling Partners")]),

    O("Sparkling Partners", "company",
      ["Spartning Partners", ("Sparkling Partners", 1), ("Sparkling Partners", 2), ("Sparkling Partners", 3)],
      aliases=["Spartning Partners"]),
    O("La Gazette", "media", ["La Gazette"]),
    O("Chronodrive", "company", ["Chronodrive"]),
    O("EuraTechnologies", "other", ["EuraTechnologies"]),
    O("ETO", "company", ["ETO"]),
    O("Adeo", "company", ["Adeo"]),
    O("Leroy Merlin", "company", ["Leroy Merlin"]),

    A("5 millions d'euros", 5000000, to="Sparkling Partners"),

    D(("2014", 1), "2014"),
    D(("2014", 2), "2014"),
]

UNANNOTATED = []
