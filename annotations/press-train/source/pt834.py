# pt834 — reunionnaisdumonde.com, the Prix Julie Mas for women founders in La Réunion, and its namesake (2010)
BODY_START = "Le concours Prix Julie Mas 2011"     # "Publicité": ad label
BODY_END = None
EAF = "Entreprendre au Féminin Océan Indien Réunion"
BR = "Banque de la Réunion"

RECORDS = [
    P("Julie Mas", [("Julie Mas", 5), ("Julie Mas", 6)],
      roles=[("devient [directrice] de la", "Mancini-Mas"),
             ("conseil d’administration", BR, "membre du conseil d’administration"),   # "a siégé au"
             ("vice-présidente", BR)]),                                               # "de l’institution"
    P("John Albert Mancini", ["John Albert Mancini"],
      roles=[("alors [directeur] du cabinet", "cabinet d’assurance Mancini")]),

    O(EAF, "association", [EAF]),
    O("cabinet d’assurance Mancini", "company", ["cabinet d’assurance Mancini"]),   # the head stays: "Mancini" alone names the man
    O("Mancini-Mas", "company", ["Mancini-Mas"]),
    O(BR, "company", [BR]),

    L("Réunion", ["à la [Réunion], le", "l’île la [Réunion]"]),
    L("Océan Indien", ["la région de l’[Océan Indien]"]),

    D("Mas [2011] est ouvert", "2011"),
    D("23 décembre 2010", "2010-12-23"),                 # publication stamp
    D("l’édition [2011]", "2011"),
    D("31 janvier 2011", "2011-01-31"),
    D("Mas [2011]\n", "2011"),
    D("1902-1982", "1902", value_end="1982"),
]

UNANNOTATED = [
    ("Julie Mas", 1, "inside the prize name 'Prix Julie Mas' (§16)"),
    ("Julie Mas", 2, "inside the prize name 'Prix Julie Mas' (§16)"),
    ("Julie Mas", 3, "inside the prize name 'Prix Julie Mas' (§16)"),
    ("Julie Mas", 4, "inside the prize name 'Prix Julie Mas' (§16)"),
    ("Mas", 1, "inside the prize name 'Prix Julie Mas' (§16)"),
    ("Mas", 2, "inside the prize name 'Prix Julie Mas' (§16)"),
    ("Mas", 3, "inside the prize name 'Prix Julie Mas' (§16)"),
    ("Mas", 4, "inside the prize name 'Prix Julie Mas' (§16)"),
]
