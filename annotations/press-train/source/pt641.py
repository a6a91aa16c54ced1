# pt641 — outremers360.com, interview of Guyane Développement Innovation's director
BODY_END = None
GDI = "Guyane Développement Innovation"

RECORDS = [
    P("Eric Lafontaine", [("Eric Lafontaine", 1), ("Eric Lafontaine", 2)],
      roles=[("le [directeur] de Guyane", GDI),
             ("Lafontaine, [directeur] de Guyane", GDI)]),      # restated in the answer's label: one role per span (§15)

    O("Guyane Technopole", "other", ["Guyane Technopole"]),
    # §16: "l'Agence régionale de développement": a capitalized common noun with no proper part, no mention
    O(GDI, "public_body", [(GDI, i) for i in range(1, 7)] + ["GDI"], aliases=["GDI"]),
    O("Outremer Network", "other", ["Outremer Network"]),
    O("Innovation Outre-mer", "other", [("Innovation Outre-mer", 2)]),
    O("Outremers360", "media", ["Outremers360", ("Outremers 360", 1), ("Outremers 360", 2)], aliases=["Outremers 360"]),

    L("France", ["France"]),
    L("Guyane", ["territoire de [Guyane]"]),

    D("en [2016]", "2016"),
    D("20 octobre", "XXXX-10-20"),
]

UNANNOTATED = [("Innovation Outre-mer", 1, "inside the event name 'semaine Innovation Outre-mer'")]
