# pt106 (second annotation, annotator 6) — ecoaustral.com, first Outre-mer French Tech Days
BODY_START = "Première édition des « Outre-mer"     # site name, subscribe line, logo and section tag above are chrome
BODY_END = None

RECORDS = [
    P("Elisabeth Borne", ["Elisabeth Borne"]),   # "du gouvernement d'Elisabeth Borne": no title written
    P("Philippe Vigier", ["Philippe Vigier"], roles=[("ministre délégué aux Outre-mer", None)]),
    P("Olivier Becht", ["Olivier Becht"], roles=[(("ministres", 2), None)]),   # "celui au Commerce extérieur": title elided, the shared "trois ministres"
    P("Jean-Noël Barrot", ["Jean-Noël Barrot"], roles=[("ministre délégué au Numérique", None)]),
    P("Rima Abdul Malak", ["Rima Abdul Malak"], roles=[("ministre de la Culture", None)]),
    P("Laurent Saint-Martin", ["Laurent Saint-Martin"], roles=[("directeur général", "Business France")]),
    P("Huguette Bello", ["Huguette Bello"], roles=[("Bello, [présidente] de", "Région Réunion")]),

    O("Business France", "public_body", ["Business France"]),
    O("Région Réunion", "public_body", ["Région Réunion"]),

    L("Outre-mer", [("Outre-mer", 2), ("Outre-mer", 5)]),
    L("Île Maurice", ["de [Maurice] et", "Île Maurice"]),
    L("Afrique", [("Afrique", 1)]),
    L("domaine du Moca", ["domaine du Moca"]),
    L("Saint-Denis", ["Saint-Denis"]),
    L("Guadeloupe", ["Guadeloupe"]),
    L("Martinique", ["Martinique"]),
    L("Guyane", ["Guyane"]),
    L("Mayotte", ["Mayotte"]),
    L("Nouvelle-Calédonie", ["Nouvelle-Calédonie"]),
    L("Polynésie française", ["Polynésie française"]),
    L("Afrique du Sud", ["Afrique du Sud"]),
    L("Kenya", ["Kenya"]),
    L("La Réunion", ["La Réunion"]),

    D("30 novembre et 1er décembre", "XXXX-11-30", value_end="XXXX-12-01"),
]

UNANNOTATED = [
    ("Outre-mer", 1, "inside the event name Outre-mer French Tech Days (title)"),
    ("Outre-mer", 3, "inside the event name Outre-mer French Tech Days"),
]
