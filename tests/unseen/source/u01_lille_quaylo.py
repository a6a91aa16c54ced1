# Hand annotations of corpus/u01_lille_quaylo.txt (regional daily: Quaylo's
# 1.8 M EUR round in Lille). Read by tests/unseen/build.py, which provides
# P, O, A, M, D. Locators: see annotations/build.py and annotations/GUIDELINES.md.

# Reader comments from "Commentaires (2)" on are out of scope (they name
# Thierry Mollet and 5 millions d'euros: no records).
BODY_END = "Commentaires (2)"

RECORDS = [
    # --- persons ---
    P("Mathilde Vandecasteele", [("Mathilde Vandecasteele", 1), ("Mathilde Vandecasteele", 2),
                                 ("Mathilde Vandecasteele", 3)],
      roles=[("cofondatrice", "Quaylo"), ("présidente", "Quaylo")]),
    # "passé par les équipes informatiques de Leroy Merlin": no title noun
    P("Karim Benali", [("Karim Benali", 1), ("Karim Benali", 2)],
      roles=[("directeur technique", "Quaylo")]),  # "..., son directeur technique"
    # "qui préside l'association": a verb, no role
    P("Bertrand Delannoy", ["Bertrand Delannoy"]),
    P("Grégoire Lefebvre-Duhamel", ["Grégoire Lefebvre-Duhamel"],
      roles=[("vice-président chargé de l'économie numérique", "Métropole européenne de Lille")]),
    P("Jean-Pierre Wattebled", ["Jean-Pierre Wattebled"],
      roles=[("chargé d'affaires", "Finorpa")]),

    # --- organizations ---
    O("Quaylo", "company", ["start-up [Quaylo]", "présidente de [Quaylo]", "[Quaylo] propose"]),
    O("EuraTechnologies", "other", [("EuraTechnologies", 1), ("EuraTechnologies", 2)]),
    O("Finorpa", "company", [("Finorpa", 1), ("Finorpa", 2)]),
    O("Flandre Amorçage", "company", ["Flandre Amorçage"]),
    O("Nord Angels Capital", "association", [("Nord Angels Capital", 1), ("Nord Angels Capital", 2)]),
    O("Leroy Merlin", "company", ["Leroy Merlin"]),
    O("Réseau Entreprendre Nord", "association", ["Réseau Entreprendre Nord"]),
    O("Bpifrance", "public_body", ["Bpifrance"]),
    O("Métropole européenne de Lille", "public_body",
      ["Métropole européenne de Lille", ("MEL", 1), ("MEL", 2)], aliases=["MEL"]),
    O("Expensify", "company", ["Expensify"]),

    # --- amounts ---
    A(("1,8 million d'euros", 1), 1_800_000, to="Quaylo", by=["Finorpa", "Flandre Amorçage", "Nord Angels Capital"]),
    A(("1,8 million d'euros", 2), 1_800_000, to="Quaylo", by=["Finorpa", "Flandre Amorçage", "Nord Angels Capital"]),
    A("près de [400 000 euros]", 400_000, qualifier="about", to="Quaylo", by=["Nord Angels Capital"]),
    A("50 000 euros", 50_000, to="Quaylo", by=["Réseau Entreprendre Nord"]),
    A("300 millions d'euros", 300_000_000),
    A("plus de [30 millions de dollars]", 30_000_000, currency="USD", qualifier="over", to="Expensify"),

    # --- member counts ---
    # "quelque 120 membres": the qualifier word stays outside the span
    M("quelque [120 membres]", "Nord Angels Capital", 120, "membres", qualifier="about"),
    # not counts: "2 300 entreprises clientes", "17 personnes", "plus de 150 entreprises"

    # --- dates ---
    D("depuis [2014]", "2014"),
    D("d'ici [fin 2017]", "2017", mod="END"),
    D("8 mars", "XXXX-03-08"),
    D("Lancée [fin 2013]", "2013", mod="END"),
    D("au [printemps]", "XXXX-SP"),
    D("création en [2009]", "2009"),
    D("janvier 2015", "2015-01"),
    D("novembre 2014", "2014-11"),
    D("entre [2016 et 2018]", "2016", value_end="2018"),
    D("Il y a cinq ans", None, relative=True),
    D("l'[été 2015]", "2015-SU"),
    D("l'[an dernier]", None, relative=True),
    D("la [fin de l'année prochaine]", None, mod="END", relative=True),
    # not dates: "dix-huit mois d'avance" (duration), "minuit" (time of day)
]

UNANNOTATED = []
