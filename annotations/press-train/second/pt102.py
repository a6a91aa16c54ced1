# pt102 (second annotation, annotator 6) — outremers360, Outre-mer French Tech Days in La Réunion
BODY_END = None

RECORDS = [
    P("Philippe Vigier", ["Philippe Vigier"], roles=[("ministres", None)]),   # "trois ministres ... Philippe Vigier (Outre-mer), ..."
    P("Olivier Becht", ["Olivier Becht"], roles=[("ministres", None)]),
    P("Jean-Noël Barrot", ["Jean-Noël Barrot"], roles=[("ministres", None)]),
    P("Huguette Bello", ["Huguette Bello"], roles=[("la [présidente] de la Région", None)]),   # generic body noun: outside the title span (§16), org null (no record)
    P("Cyrille Melchior", ["Cyrille Melchior"], roles=[("Melchior, [président] du Département", None)]),
    P("Frédéric Maillot", ["Frédéric Maillot"], roles=[("députés", None)]),
    P("Philippe Naillet", ["Philippe Naillet"], roles=[("députés", None)]),
    P("Audrey Bélim", ["Audrey Bélim"], roles=[("sénatrice", None)]),
    P("Christopher Gygès", ["Christopher Gygès"],
      roles=[("membre du gouvernement calédonien chargé de l’Économie numérique", None)]),
    P("Laurent Saint-Martin", ["Laurent Saint-Martin"], roles=[("Saint-Martin, [président] de", "Business France")]),

    O("Outremers360", "media", ["Outremers360"]),                 # "©Outremers360" credit line
    O("French Tech Réunion", "other", ["French Tech Réunion"]),
    O("Business France", "public_body", [("Business France", 1), ("Business France", 2)]),
    O("Team France Export", "other", ["Team France Export"]),

    L("La Réunion", [("La Réunion", 1), ("La Réunion", 2), ("La Réunion", 4)]),
    L("océan Indien", [("océan Indien", i) for i in range(1, 5)]),
    L("Saint-Denis de La Réunion", ["Saint-Denis de La Réunion", "hauts de [Saint-Denis]"]),
    L("Outre-mer", [("Outre-mer", 3), ("Outre-mer", 5), ("Outre-mer", 7), ("Outre-mer", 9)]),
    L("Mayotte", ["Mayotte"]),
    L("Nouvelle-Calédonie", ["Nouvelle-Calédonie"]),
    L("Polynésie française", ["Polynésie française"]),
    L("Guadeloupe", ["Guadeloupe"]),
    L("Martinique", ["Martinique"]),
    L("Maurice", ["Maurice"]),
    L("Antanarivo", ["Antanarivo"]),
    L("Madagascar", ["Madagascar"]),
    L("Afrique du Sud", ["Afrique du Sud"]),
    L("Naïrobi", ["Naïrobi"]),
    L("Keny", ["Keny"]),
    L("domaine du Moca", ["domaine du Moca"]),
    L("Paris", ["Paris"]),
    L("Nouméa", ["Nouméa"]),

    D("jeudi et vendredi", None, relative=True),
]

UNANNOTATED = [
    ("Outre-mer", 1, "inside the event name Outre-mer French Tech Days (title)"),
    ("Outre-mer", 2, "inside the event name Outre-mer French Tech Days (repeated title)"),
    ("Outre-mer", 4, "inside the event name Outre-mer French Tech Days"),
    ("Outre-mer", 6, "inside the event name Outre-mer French Tech Days"),
    ("Outre-mer", 8, "Philippe Vigier (Outre-mer): the minister's portfolio, not a place"),
]
