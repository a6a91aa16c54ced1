# Eco Austral: first Outre-mer French Tech Days (Saint-Denis, La Réunion).
BODY_START = "Première édition des « Outre-mer"  # site name, subscription line, logo and section tag are chrome
BODY_END = None

RECORDS = [
    P("Elisabeth Borne", ["Elisabeth Borne"]),
    P("Philippe Vigier", ["Philippe Vigier"], roles=[("ministre délégué aux Outre-mer", None)]),
    P("Olivier Becht", ["Olivier Becht"], roles=[("trois [ministres] du gouvernement", None)]),  # "celui au Commerce extérieur"
    P("Jean-Noël Barrot", ["Jean-Noël Barrot"], roles=[("ministre délégué au Numérique", None)]),
    P("Rima Abdul Malak", ["Rima Abdul Malak"], roles=[("ministre de la Culture", None)]),
    P("Laurent Saint-Martin", ["Laurent Saint-Martin"], roles=[("directeur général", "Business France")]),
    P("Huguette Bello", ["Huguette Bello"], roles=[("Bello, [présidente] de la Région", "Région Réunion")]),

    O("Business France", "public_body", ["Business France"]),
    O("Région Réunion", "public_body", ["Région Réunion"]),

    L("Outre-mer", [("Outre-mer", 2), ("Outre-mer", 5)]),  # §16: "français" is a descriptive adjective, outside the span
    L("Île Maurice", ["de [Maurice] et", "Île Maurice"]),
    L("Afrique", ["Afrique"]),
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

    D("30 novembre et 1er décembre", "XXXX-11-30", value_end="XXXX-12-01"),  # one range record (§16)
]
UNANNOTATED = [
    ("Outre-mer", 1, "inside the event name Outre-mer French Tech Days (title)"),
    ("Outre-mer", 3, "inside the event name Outre-mer French Tech Days"),
]
