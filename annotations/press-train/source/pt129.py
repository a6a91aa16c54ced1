# Le Journal des Entreprises: interview of the re-elected president of French Tech East.
BODY_START = "French Tech East : "  # the section tag "Grand Est" above the title is chrome
BODY_END = None

F = "French Tech East"
RECORDS = [
    P("Maxime Grojean", [("Maxime Grojean", n) for n in range(1, 4)],
      roles=[("Grojean [président] de la French", F),
             ("Le [président] de l’association", F),  # slip: inverted title had no role
             (None, F)]),  # slip §11: "à la tête de l’association" (caption) gives a null-title role

    O(F, "association", [(F, n) for n in range(1, 8)]),

    L("Grand Est", [("Grand Est", n) for n in range(1, 6)]),
]
UNANNOTATED = []
