# pt663 — presse-evasion.fr, the Région Bourgogne Franche-Comté's president visits the HOPE incubator (Dijon)
BODY_END = None
RBFC = "Région Bourgogne Franche-Comté"

RECORDS = [
    P("Marie-Guite DUFAY", [("Marie-Guite DUFAY", i) for i in range(1, 5)],
      roles=[(("présidente", 1), RBFC),      # restated (repeated caption, "la présidente de Région"): one role per span (§15)
             (("présidente", 2), RBFC),
             (("présidente", 3), RBFC),      # "la présidente de Région": generic noun outside the span (§16)
             (("présidente", 4), RBFC)]),

    O(RBFC, "public_body", [(RBFC, i) for i in range(1, 5)]),
    O("HOPE", "other", ["pépinière d’entreprises [HOPE]"]),
    O("NOVAREA", "other", ["NOVAREA"]),
    O("MYTHMAKERS", "company", ["MYTHMAKERS"]),
    O("WEBFORCE", "company", ["WEBFORCE"]),
    O("VITAVINUM", "company", ["VITAVINUM"]),
    O("HAPPY BOURGOGNE", "company", ["HAPPY BOURGOGNE"]),
    O("ODALIB", "company", ["ODALIB"]),
    O("FUSION INGREDIENT", "company", ["FUSION INGREDIENT"]),
    O("NVH MEDICINAL", "company", ["NVH MEDICINAL"]),

    L("Dijon", ["HOPE à [Dijon]", "DIJON"]),
    L("Bourgogne Franche-Comté", [("Bourgogne Franche-Comté", 5)]),
    L("HOPE", ["le site [HOPE]"]),          # "installées sur le site HOPE": the site
]

UNANNOTATED = []
