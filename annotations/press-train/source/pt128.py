# Le Journal des Entreprises: interview of the new president of French Tech Alsace.
BODY_START = None
BODY_END = None

F = "French Tech Alsace"
RECORDS = [
    P("Stéphane Roecker", [("Stéphane Roecker", n) for n in range(1, 6)],
      roles=[("Roecker [président] de la French", F),
             ("Business angel", None), ("consultant", None), ("enseignant", None)]),
    P("Adelise Foucault", ["Adelise Foucault"]),  # photo credit
    P("Guillaume Hert", ["Guillaume Hert"], roles=[("coordinateur", F)]),

    O(F, "association", [(F, n) for n in range(1, 7)]),
    O("Healthymind", "company", ["Healthymind"]),
    O("Le Journal de l'Entreprise", "media", ["Le Journal de l'Entreprise"]),

    L("Alsace-Lorraine", [("Alsace-Lorraine", 1), ("Alsace-Lorraine", 2)]),
    L("Alsace", ["d'[Alsace] et de Lorraine"]),
    L("Lorraine", ["et de [Lorraine]"]),
    L("Boston", ["Boston"]),
    L("France", [("France", n) for n in range(1, 4)]),

    D("décembre dernier", None, relative=True),
]
UNANNOTATED = []
