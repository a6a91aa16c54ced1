# pt504 (second annotation, annotator 4) — Développement 25 replaces the Aded (2006).
BODY_START = "Développement 25 est né"
BODY_END = None

RECORDS = [
    O("Développement 25", "public_body", [("Développement 25", 1), ("Développement 25", 2), ("Développement 25", 3)]),
    D("04 février 2006", "2006-02-04"),  # publication stamp
    O("Agence de développement économique du Doubs", "public_body",
      [("Aded", 1), "Agence de développement\n\néconomique du Doubs", ("Aded", 2), ("Aded", 3)], aliases=["Aded"]),
    D("le [1er janvier]", "XXXX-01-01"),
    O("Comité de développement touristique", "other", ["Comité de développement touristique"]),
    D("Le [19 janvier]", "XXXX-01-19"),
    P("Gérard Galliot", [("Gérard Galliot", 1), ("Gérard Galliot", 2)],
      roles=[("[conseiller général] du canton", None),
             ("et [maire] de Dannemarie", None),
             ("élu [président]", "Développement 25")]),
    L("Audeux", ["canton d’[Audeux]"]),
    L("Dannemarie-sur-Crète", ["Dannemarie-sur-Crète"]),
    P("Alain Boissière", ["Alain Boissière"],
      roles=[("Le [premier vice-président]", "Développement 25"),
             ("Boissière, [président] de la Fédération", "Fédération du bâtiment et des travaux publics du Doubs")]),
    O("Fédération du bâtiment et des travaux publics du Doubs", "association",
      ["Fédération du bâtiment et des travaux publics du Doubs"]),
    P("Jean-Claude Maurice", ["Jean-Claude Maurice"],
      roles=[("le [deuxième vice-président]", "Développement 25"),
             ("Maurice, [président] du syndicat", "syndicat mixte d’Autechaux")]),
    O("syndicat mixte d’Autechaux", "public_body", ["syndicat mixte d’Autechaux"]),
    P("Christian Jacquet", ["Christian Jacquet"],
      roles=[("Jacquet, [président] de la chambre", None),  # "la chambre de métiers": no place, generic
             ("est le [trésorier]", "Développement 25")]),
    P("Vincent Fuster", ["Vincent Fuster"],
      roles=[("[vice-président chargé de l’économie]", None),  # "au conseil général": generic
             ("est le [secrétaire]", "Développement 25")]),
    O("Insee", "public_body", ["Insee"]),
    L("Franche-Comté", ["en [Franche-Comté]"]),
    P("Claude Jeannerot", ["Claude Jeannerot"], roles=[("Jeannerot, [président] du conseil", None)]),
    L("Doubs", ["économique du [Doubs] est"]),
]

UNANNOTATED = []
