# pt503 (second annotation, annotator 4) — France 2030 regional convention, Nouvelle-Aquitaine.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Étienne Guyot", ["Étienne Guyot"], roles=[("le [préfet] de la région", None)]),
    L("Nouvelle-Aquitaine", ["région [Nouvelle-Aquitaine], et"]),
    P("Alain Rousset", ["Alain Rousset"],
      roles=[("le [président] du Conseil", "Conseil régional de Nouvelle-Aquitaine")]),
    O("Conseil régional de Nouvelle-Aquitaine", "public_body",
      ["Conseil régional de Nouvelle-Aquitaine", ("Région Nouvelle-Aquitaine", 1), ("Région Nouvelle-Aquitaine", 2)],
      aliases=["Région Nouvelle-Aquitaine"]),
    # "France 2030": a programme name; the place word inside it is no place (§16)
    O("Bpifrance", "public_body", [("Bpifrance", 1), ("Bpifrance", 2)]),
    O("Banque des Territoires", "public_body", [("Banque des Territoires", 1), ("Banque des Territoires", 2)]),
    A("10 M€", 10000000),  # the convention's envelope: no link
    A("13M€", 13000000, qualifier="over"),
    D("période [2025-2026]", "2025", value_end="2026"),
    A("7,4M€", 7400000, to="Bpifrance"),  # "répartis entre Bpifrance (7,4M€) et …"
    A("5,7M€", 5700000, to="Banque des Territoires"),
]

UNANNOTATED = []
