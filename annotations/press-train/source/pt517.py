BODY_START = None
BODY_END = None

R = "Région Guadeloupe"
B = "Bpifrance"
RECORDS = [
    P("Ary Chalus", ["Ary Chalus"], roles=[("l’[exécutif] Ary", R)]),
    P("Marie-Adeline Peix", ["Marie-Adeline Peix"],
      roles=[("Peix, [directrice exécutive des partenariats régionaux]", B)]),

    O(R, "public_body", [(R, 1), (R, 2)]),
    O(B, "public_body", ["et [Bpifrance] sous", "dotations à [Bpifrance] »", "[Bpifrance] indique"]),
    O("Bpifrance Antilles-Guyane", "public_body", ["Bpifrance Antilles-Guyane"]),
    O("Observatoire de la création d’entreprise", "other", ["Observatoire de la création d’entreprise"]),

    L("Hôtel de Région", ["Hôtel de Région"]),
    L("Basse-Terre", ["Basse-Terre"]),
    L("Guadeloupe", ["financées en [Guadeloupe] soit", "entreprises en [Guadeloupe], ainsi",
                     "la [Guadeloupe] a enregistré"]),

    A("21 M€", 21000000),  # §16: the convention's envelope (dotations), no funding link
    A("46 M€", 46000000, by=[R, B]),
    A("mobilisé [24 millions] en garantie", 24000000, by=[B]),   # context currency: euros
    A("800 000 euros", 800000, by=[B]),

    D("Vendredi 24 octobre", "XXXX-10-24"),
    D("2025 – 2028", "2025", value_end="2028"),
    D("données [2024]", "2024"),
    D("En [2024], Bpifrance", "2024"),
    D("rapport à [2023]", "2023"),
    D("mars 2025", "2025-03"),
    D("l’[année précédente]", None, relative=True),
    D("mars 2024", "2024-03"),
]

UNANNOTATED = []
