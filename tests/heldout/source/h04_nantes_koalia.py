# Hand annotations of corpus/h04_nantes_koalia.txt ("Nantes : la start-up
# Koalia lève 3,5 millions d'euros pour équiper les crèches"). Read by
# tests/heldout/build.py. Curly apostrophes, no-break spaces.

# From "Réagir à cet article" on: comment chrome and reader comments (two
# persons, one of them a repeat of Laure Chevrier, an amount, dates): no records.
BODY_END = "Réagir à cet article"

RECORDS = [
    # --- persons ---
    # two roles with one organization: "cofondatrice et directrice générale de Koalia"
    P("Laure Chevrier", ["Laure Chevrier", "Mme Chevrier"],
      roles=[("cofondatrice", "Koalia"), ("directrice générale", "Koalia")]),
    # "L'autre cofondateur, Mathieu Prigent, ancien développeur de la SSII
    # nantaise Néoptim": cofondateur of Koalia (the paragraph's company); "ancien"
    # dropped, the former job is a role
    P("Mathieu Prigent", ["Mathieu Prigent"],
      roles=[("cofondateur", "Koalia"), ("ancien développeur", "Néoptim")]),
    # "délégué général de cette association" -> Ouest Numérique
    P("Gilles Renaud", ["Gilles Renaud"],
      roles=[("délégué général", "Ouest Numérique")]),
    # inverted: "Le directeur régional de Bpifrance, Patrick Lemoal"
    P("Patrick Lemoal", ["Patrick Lemoal"],
      roles=[("directeur régional", "Bpifrance")]),

    # --- organizations ---
    O("Koalia", "company", [("Koalia", 1), ("Koalia", 2), ("Koalia", 3), ("Koalia", 4)]),
    O("Bpifrance", "public_body", [("Bpifrance", 1), ("Bpifrance", 2)]),
    O("Loire Capital Partenaires", "company", ["du fonds [Loire Capital Partenaires]"]),
    O("Néoptim", "company", ["Néoptim"]),
    O("Ouest Numérique", "association", ["Ouest Numérique"]),
    # full name, then the acronym in parentheses, then "La Carene"
    O("communauté d'agglomération de la région nazairienne et de l'estuaire", "public_body",
      ["communauté d'agglomération de la région nazairienne et de l'estuaire",
       ("Carene", 1), ("Carene", 2)],
      aliases=["Carene"]),
    O("École de design Nantes Atlantique", "education_research",
      ["École de design Nantes Atlantique"]),
    # "la banque publique" (Bpifrance): common-noun anaphora, not a mention

    # --- amounts ---
    A(("3,5 millions d'euros", 1), 3_500_000, to="Koalia", by=["Bpifrance", "Loire Capital Partenaires"]),     # title
    A(("3,5 millions d'euros", 2), 3_500_000, to="Koalia", by=["Bpifrance", "Loire Capital Partenaires"]),
    A("quelque [600 000 euros]", 600_000, qualifier="about", to="Koalia"),
    # in a quote, no currency: EUR from the article's amounts
    A("levée de [3,5 millions] était", 3_500_000),
    A("plus de [40 millions d'euros]", 40_000_000, qualifier="over", by=["Bpifrance"]),
    A("45 000 €", 45_000, to="Koalia", by=["communauté d'agglomération de la région nazairienne et de l'estuaire"]),
    # Not amounts: "150 %", "60 %", "38 salariés", "1 200 structures clientes", "Web 2.0"

    # --- member counts ---
    M("120 adhérents", "Ouest Numérique", 120, "adhérents"),

    # --- dates ---
    D("30 novembre 2015", "2015-11-30"),     # "deux ans après un premier tour": offset tied to an event
    D("En [2013], on", "2013"),
    D("Entre [2014 et 2016]", "2014", value_end="2016"),
    D("en [2015]", "2015"),
    D("d'ici [2018]", "2018"),
    D("en [juin]", "XXXX-06"),
    D("Il y a cinq ans", None, relative=True),
    D("depuis [2013]", "2013"),
    D("en [2016]", "2016"),
    D("12 janvier", "XXXX-01-12"),
]

UNANNOTATED = []
