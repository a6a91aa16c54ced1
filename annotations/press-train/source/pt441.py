# pt441 — movilab wiki, Association France Tiers-Lieux and its bureau.
BODY_START = None
BODY_END = None

RECORDS = [
    O("France Tiers-Lieux", "association", [("France Tiers-Lieux", 1), ("France Tiers-Lieux", 2)]),
    L("France", ["en [France]"]),
    O("Conseil National des Tiers-Lieux", "public_body", ["Conseil National des Tiers-Lieux"]),
    O("Ministère du Travail", "public_body", ["Ministère du Travail"]),
    A("10 € à 5 000 €", 10, value_max=5000),
    O("Association de préfiguration nationale des tiers-lieux", "association",
      ["Association de préfiguration nationale des tiers-lieux"]),
    L("rue de la Ville l’Évêque", ["rue de la Ville l’Évêque"]),
    L("Paris", ["75008 [Paris]"]),
    P("Patrick Levy-Waitz", ["Patrick Levy-Waitz"],
      roles=[("Levy-Waitz : [président]", "France Tiers-Lieux"),
             ("également [président] de la fondation", "travailler autrement"),
             ("[Président] d'ITG", "ITG"),
             ("[vice-président] du syndicat", "Professionnels de l'Emploi en Portage Salarial"),
             ("et [président] de l'OPPS", "Observatoire Paritaire du Portage Salarial")]),
    O("travailler autrement", "other", ["travailler autrement"]),
    O("ITG", "company", ["ITG"]),
    O("Professionnels de l'Emploi en Portage Salarial", "association",
      ["[Professionnels de l'Emploi en Portage Salarial] (PEPS)", "Professionnels de l'Emploi en Portage Salarial ([PEPS])"], aliases=["PEPS"]),
    O("Observatoire Paritaire du Portage Salarial", "other",
      ["OPPS", "Observatoire Paritaire du Portage Salarial"], aliases=["OPPS"]),
    P("Marie-Laure Cuvelier", ["Marie-Laure Cuvelier"],
      roles=[("[Secrétaire générale]", "France Tiers-Lieux"),
             ("[sociétaire co-fondatrice]", None)]),  # "la coopérative des tiers-lieux": lowercase, generic
    P("Cécile Galoselva", ["Cécile Galoselva"],
      roles=[("[Trésorière]", "France Tiers-Lieux"),
             ("[Présidente] au sein", "ETIC")]),
    O("ETIC", "company", ["ETIC"]),
]

UNANNOTATED = []
