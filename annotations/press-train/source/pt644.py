# pt644 — initiative-outre-mer.fr, Initiative France's delegate interviewed on Radio Peyi (Guyane, 2023)
BODY_END = None
IF = "Initiative France"

RECORDS = [
    P("Patricia Lexcellent", ["Patricia Lexcellent"], roles=[("Déléguée Générale", IF)]),
    P("Guillaume Pepy", ["Guillaume Pepy"], roles=[("Pepy, [président] d'Initiative", IF)]),

    O("Initiative Guyane", "association", [("Initiative Guyane", i) for i in range(1, 5)]),
    O(IF, "association", [("Initiative", 2), (IF, 1), ("Initiative", 4), (IF, 2)], aliases=["Initiative"]),  # "le réseau Initiative"
    O("Radio Peyi", "media", [("Radio Peyi", 1), ("Radio Peyi", 2)]),
    O("Les Pious Pious de la crique", "company", ["Les Pious Pious de la crique"]),

    D("jeudi 30 novembre 2023", "2023-11-30"),
]

UNANNOTATED = []
