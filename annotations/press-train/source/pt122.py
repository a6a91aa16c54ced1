# NeoTech (NC) 2023: interview of Aurore Klepper, manager of French Tech Nouvelle-Calédonie.
BODY_START = None
BODY_END = None

F = "French Tech Nouvelle-Calédonie"
RECORDS = [
    P("Aurore Klepper", ["Aurore Klepper", "[Aurore] est au four", "Bonjour [Aurore]"],
      roles=[(("manager", 1), F),
             (None, "ADECAL"),        # "quatre années passées au Pôle Innovation de l'ADECAL" (internal unit -> parent)
             (None, "INCubateur"),    # "tu bossais pour l'INCubateur"
             ("seule [salariée]", F)]),

    O(F, "association", [(F, 1), (F, 2), "FrenchTech Nouvelle-Calédonie", ("FTNC", 1), ("FTNC", 2), ("FTNC", 3)],
      aliases=["FTNC", "FrenchTech Nouvelle-Calédonie"]),
    O("ADECAL", "other", [("ADECAL", 1), ("ADECAL", 2)]),
    O("INCubateur", "other", [("INCubateur", 1), ("INCubateur", 2)]),
    O("NeoTech", "media", [("NeoTech", n) for n in range(1, 5)]),

    L("Station N", ["Station N"]),

    D("actualité [2023]", "2023"),
]
UNANNOTATED = []
