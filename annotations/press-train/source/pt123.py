# NeoTech (NC) 2024: "So Tech, So Good" in Nouméa, organised by French Tech Nouvelle-Calédonie.
BODY_START = None
BODY_END = None

F = "French Tech Nouvelle-Calédonie"
RECORDS = [
    P("François Bitouzet", ["François Bitouzet"], roles=[("Directeur Général", None)]),  # of VivaTech, an event
    P("Stéphane Barbot-Maire", ["Stéphane Barbot-Maire"], roles=[("Directeur des contenus", None)]),
    P("Hatem Bellagi", ["Hatem Bellagi"], roles=[("Président", F)]),
    P("Guillaume Terrien", ["Guillaume Terrien"], roles=[("Vice-président", F)]),
    P("Aurore Klepper", ["Aurore Klepper"], roles=[("Manager", F)]),

    O(F, "other", [F, "FTNC"], aliases=["FTNC"]),

    L("Outre-mer", [("Outre-mer", 1), ("Outre-mer", 3)]),
    L("Pacifique", [("Pacifique", 1), ("Pacifique", 2)]),
    L("Nouméa", ["Nouméa"]),
    L("Château Royal", ["Château Royal"]),
    L("Europe", ["Europe"]),

    D("16 et 17 octobre 2024", "2024-10-16", value_end="2024-10-17"),
]
UNANNOTATED = [("Outre-mer", 2, "inside the event name Outre-mer French Tech Days")]
