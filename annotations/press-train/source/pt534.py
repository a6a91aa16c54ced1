BODY_START = None
BODY_END = None
# "Diagnostic Stratégique d'Innovation (DSI)" is a scheme, not an organization.

CTM = "Collectivité Territoriale de Martinique"
AMPI = "Association Martiniquaise pour la Promotion de l’Industrie"
RECORDS = [
    P("Elisabeth LANDI", ["Madame Elisabeth LANDI", ("Madame Elisabeth LANDI", 2)],
      roles=[("LANDI, [Vice-Présidente] de la CACEM", "CACEM"),
             ("et [Présidente de la Commission Innovation et Entreprises]", "CACEM")]),
    P("Marinette TORPILLE", ["Marinette TORPILLE"],
      roles=[("[Conseillère exécutive en charge du développement économique et de l’aide aux entreprises]", CTM)]),
    P("Aurélie NELLA", ["Aurélie NELLA"],
      roles=[("[Conseillère exécutive en charge de l’Enseignement Supérieur et la Recherche et des Affaires juridiques]", CTM)]),
    P("Hervé TOUSSAY", ["Monsieur Hervé TOUSSAY"], roles=[("le [Président] Monsieur", AMPI)]),

    O("CAP INNOVATION Martinique", "other", ["CAP INNOVATION Martinique"]),
    O("CACEM", "public_body", ["CACEM"]),
    O(CTM, "public_body", [("[Collectivité Territoriale de Martinique] (CTM)", 1), ("Collectivité Territoriale de Martinique ([CTM])", 1),
                           ("[Collectivité Territoriale de Martinique] (CTM)", 2), ("Collectivité Territoriale de Martinique ([CTM])", 2)], aliases=["CTM"]),
    O(AMPI, "association", ["[Association Martiniquaise pour la Promotion de l’Industrie] (AMPI)", "Association Martiniquaise pour la Promotion de l’Industrie ([AMPI])"],
      aliases=["AMPI"]),
    # §16: "la Technopole": a capitalized common noun with no proper part, no mention

    D("1er juin dernier", None, relative=True),
    D("En [février], deux", "XXXX-02"),
]

UNANNOTATED = []
