# c09 — invented: "Le pôle de compétitivité X a installé son nouveau bureau : A (B), président ; C (D), vice-présidente chargée de l'international ; …" (';' items, portfolio titles, a staff délégué général)
BODY_START = None
BODY_END = None
AE = "Aturri Énergies"

RECORDS = [
    L("Pau", ["Pau"]),
    O(AE, "association", [AE]),      # a pôle
    D("le [9 juillet 2024]", "2024-07-09"),
    P("Jean-Baptiste Larrouy", [("Jean-Baptiste Larrouy", 1), ("Jean-Baptiste Larrouy", 2)],
      roles=[(None, "Ossau Hydrogène"), ("Hydrogène), [président]", AE)]),
    O("Ossau Hydrogène", "company", ["Ossau Hydrogène"]),
    P("Maialen Etxeberria", ["Maialen Etxeberria"],
      roles=[(None, "Errobi Solaire"), ("[vice-présidente chargée de l'international]", AE)]),
    O("Errobi Solaire", "company", ["Errobi Solaire"]),
    P("Thierry Lasserre", ["Thierry Lasserre"],
      roles=[(None, "Béarn Réseaux Intelligents"), ("[vice-président chargé de la formation]", AE)]),
    O("Béarn Réseaux Intelligents", "company", ["Béarn Réseaux Intelligents"]),
    P("Hélène Daguerre", ["Hélène Daguerre"], roles=[(None, "Adour Capteurs"), ("Capteurs), [trésorière]", AE)]),
    O("Adour Capteurs", "company", ["Adour Capteurs"]),
    P("Mikel Arrieta", ["Mikel Arrieta"], roles=[("Arrieta, [secrétaire]", AE)]),
    P("Olivier Sallenave", ["Olivier Sallenave"], roles=[("Le [délégué général]", AE)]),
    M("[180 membres]", AE, 180, "membres"),
    A("95 millions d'euros", 95000000),      # the size of the projects supported: no funding link
    L("Sud-Ouest", ["Sud-Ouest"]),
    A("8 millions d'euros", 8000000, to="Ossau Hydrogène"),   # "dont la société a levé": his company, investors not named
    D("l'[an dernier]", None, relative=True),
]
UNANNOTATED = []
