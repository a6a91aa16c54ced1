# Bretagne Bretons: interview of the Mission French Tech director on the Grand Ouest.
BODY_START = "French Tech. Le Grand Ouest"  # the tag "frenchtech" is chrome
BODY_END = None

RECORDS = [
    P("François Hollande", ["François Hollande"]),
    P("Emmanuel Macron", ["Emmanuel Macron"]),
    P("David Monteau", ["David Monteau"], roles=[("directeur", "Mission French Tech")]),

    O("Bretagne Bretons", "media", ["Bretagne Bretons"]),
    O("Mission French Tech", "public_body", ["Mission French Tech"]),

    L("Grand Ouest", [("Grand Ouest", 1), ("Grand Ouest", 2), ("Grand Ouest", 3), "grand-ouest"]),
    L("France", [("France", 1), ("France", 2)]),
    L("Rennes", [("Rennes", n) for n in range(1, 4)]),
    L("Brest", [("Brest", 1), ("Brest", 2)]),
    L("Nantes", [("Nantes", 1), ("Nantes", 2)]),
    L("St-Malo", ["St-Malo"]),
]
UNANNOTATED = []
