BODY_START = "Développement 25 est né"
BODY_END = None

RECORDS = [
    P("Gérard Galliot", [("Gérard Galliot", 1), ("Gérard Galliot", 2)],
      roles=[("Galliot, [conseiller général] du canton", None),
             ("et [maire] de Dannemarie", None),
             ("a été élu [président]", "Développement 25")]),
    P("Alain Boissière", ["Alain Boissière"],
      roles=[("Le [premier vice-président] est", "Développement 25"),
             ("Boissière, [président] de la Fédération",
              "Fédération du bâtiment et des travaux publics du Doubs")]),
    P("Jean-Claude Maurice", ["Jean-Claude Maurice"],
      roles=[("le [deuxième vice-président] est", "Développement 25"),
             ("Maurice, [président] du syndicat", "syndicat mixte d’Autechaux")]),
    P("Christian Jacquet", ["Christian Jacquet"],
      roles=[("Jacquet, [président] de la chambre", None),   # "la chambre de métiers": no place named
             ("est le [trésorier]", "Développement 25")]),
    P("Vincent Fuster", ["Vincent Fuster"],
      roles=[("Fuster, [vice-président chargé de l’économie] au", None),  # "au conseil général": generic
             ("est le [secrétaire]", "Développement 25")]),
    P("Claude Jeannerot", ["Claude Jeannerot"],
      roles=[("Jeannerot, [président] du conseil", None)]),

    O("Développement 25", "public_body",
      [("Développement 25", 1), ("Développement 25", 2), ("Développement 25", 3)]),
    O("Agence de développement économique du Doubs", "public_body",
      ["remplace l’[Aded]", "Agence de développement\n\néconomique du Doubs",
       "[Aded] est désormais", "par l’[Aded] dans"],
      aliases=["Aded"]),
    O("Comité de développement touristique", "other", ["Comité de développement touristique"]),
    O("Fédération du bâtiment et des travaux publics du Doubs", "association",
      ["Fédération du bâtiment et des travaux publics du Doubs"]),
    O("syndicat mixte d’Autechaux", "public_body", ["syndicat mixte d’Autechaux"]),
    O("Insee", "public_body", ["Insee"]),

    L("Audeux", ["Audeux"]),
    L("Dannemarie-sur-Crète", ["Dannemarie-sur-Crète"]),
    L("Franche-Comté", ["accompagnées en [Franche-Comté]"]),
    L("Doubs", ["économique du [Doubs] est"]),

    D("04 février 2006", "2006-02-04"),
    D("le [1er janvier]", "XXXX-01-01"),
    D("19 janvier", "XXXX-01-19"),
]

UNANNOTATED = []
