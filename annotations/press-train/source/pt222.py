# pt222: Outremers360, Qualitropic's pôle de compétitivité label renewed (2023).
BODY_START = None
BODY_END = None

Q = "Qualitropic"
EB = "Élisabeth Borne"
RECORDS = [
    P(EB, [(EB, 1), (EB, 2), (EB, 3)], roles=[("Première ministre", None)]),

    O(Q, "association", [(Q, i) for i in range(1, 7)]),
    O("Région Réunion", "public_body", ["Région Réunion"]),
    O("Nativ Nouvelle-Calédonie", "other", ["Nativ Nouvelle-Calédonie"]),
    O("Tahiti Fa’ahotu", "other", ["Tahiti Fa’ahotu"]),

    L("La Réunion", [("La Réunion", 1), ("La Réunion", 2), ("La Réunion", 3)]),
    L("Outre-mer", [("Outre-mer", 1), ("Outre-mer", 2)]),
    L("Polynésie française", ["Polynésie française"]),

    M("une centaine d’adhérent", Q, 100, "adhérent", "about"),

    D("2023-2026", "2023", value_end="2026"),
    D("en [2005]", "2005"),
    D("Depuis [2019]", "2019"),
]
UNANNOTATED = []
