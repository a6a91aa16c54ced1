BODY_START = None
BODY_END = None

RECORDS = [
    P("Étienne Guyot", ["Étienne Guyot"],
      roles=[("le [préfet] de la région", None)]),  # préfet of the région as a territory
    P("Alain Rousset", ["Alain Rousset"],
      roles=[("le [président] du Conseil", "Conseil régional de Nouvelle-Aquitaine")]),

    O("Conseil régional de Nouvelle-Aquitaine", "public_body",
      ["Conseil régional de Nouvelle-Aquitaine", ("Région Nouvelle-Aquitaine", 1),
       ("Région Nouvelle-Aquitaine", 2)],
      aliases=["Région Nouvelle-Aquitaine"]),
    O("Bpifrance", "public_body", [("Bpifrance", 1), ("Bpifrance", 2)]),
    O("Banque des Territoires", "public_body",
      [("Banque des Territoires", 1), ("Banque des Territoires", 2)]),

    L("Nouvelle-Aquitaine", ["la région [Nouvelle-Aquitaine], et"]),

    A("10 M€", 10000000),  # a convention's envelope: no link (§13)
    A("13M€", 13000000, qualifier="over"),
    A("7,4M€", 7400000, to="Bpifrance"),
    A("5,7M€", 5700000, to="Banque des Territoires"),

    D("période [2025-2026]", "2025", value_end="2026"),
]

UNANNOTATED = []
