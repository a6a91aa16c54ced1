BODY_START = None
BODY_END = None
# "le label TECHNOPOLE MARTINIQUE" names the label (not an organization); "Centre Européen
# d'Entreprise et d'Innovation" is a label too; "bandeau_sla" is an image name.

CA = "Communauté d’Agglomération Centre de la Martinique"
TM = "Technopole Martinique"
RECORDS = [
    P("Raymond Saint Louis Augustin", ["Raymond Saint Louis Augustin"],
      roles=[("Augustin, [Maire] de Fort", None),
             ("[Premier Vice-Président] de la CACEM", CA),
             ("et [Président de la Commission Innovation et Entreprise] de la CACEM", CA)]),

    O(TM, "other", ["où [Technopole Martinique] renforce",
                    "Caraïbe, [TECHNOPOLE MARTINIQUE] exerce"]),  # §16: "la Technopole" (no proper part) is no mention
    O(CA, "public_body", [("CACEM", 1), ("CACEM", 2), ("CACEM", 3), ("CACEM", 4),
                          "[Communauté d’Agglomération Centre de la Martinique] (CACEM)", "Communauté d’Agglomération Centre de la Martinique ([CACEM])"],
      aliases=["CACEM"]),

    L("Martinique", ["notre [Martinique]"]),
    L("Fort de France", ["Fort de France"]),
    L("Caraïbe", ["Caraïbe"]),
]

UNANNOTATED = [("TECHNOPOLE MARTINIQUE", 1, "le label TECHNOPOLE MARTINIQUE: the label, not the organization")]
