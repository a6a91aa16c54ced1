# brest.fr 2023: French Tech Brest + label renewed.
BODY_START = None
BODY_END = None

F = "French Tech Brest +"
RECORDS = [
    P("Jean-Noël Barrit", ["Jean-Noël Barrit"], roles=[("ministre délégué en charge de la transition numérique", None)]),
    P("Michel Gourtay", ["Michel Gourtay"], roles=[("Vice-président", "Brest métropole")]),

    O(F, "other", [(F, 1), "French tech Brest +", (F, 2), (F, 3)]),
    O("Brest métropole", "public_body", ["Brest métropole"]),

    L("Ouest breton", ["Ouest breton"]),
    L("Brest", ["de [Brest], Lannion", "[Brest], Lannion Morlaix", "réunit [Brest], Lannion"]),
    L("Lannion", [("Lannion", n) for n in range(1, 4)]),
    L("Morlaix", [("Morlaix", n) for n in range(1, 4)]),
    L("Quimper", [("Quimper", n) for n in range(1, 4)]),
    L("Dijon", ["Dijon"]),

    D("2023-2025", "2023", value_end="2025"),
    D("jusqu’en [2025]", "2025"),
]
UNANNOTATED = []
