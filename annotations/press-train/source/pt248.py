# pt248: Le Journal des Entreprises, DERBI and Cemater merge (2025).
BODY_START = None
BODY_END = None

DC = "DERBI-Cemater"
RECORDS = [
    P("Stéphane Bozzarelli", ["Stéphane Bozzarelli"],
      roles=[("Bozzarelli, [président] de", "Cemater"), ("PDG", "Dev’ENR")]),
    P("André Joffre", ["André Joffre"], roles=[("Présidé", "DERBI", "président")]),

    O("DERBI", "association", ["pôle de compétitivité [DERBI]", "[DERBI] est basé"]),
    O("Cemater", "association", ["cluster régional [Cemater]", "de [Cemater] et", "[Cemater] opère", "\"[Cemater] regroupe"]),
    O(DC, "association", [DC]),
    O("Dev’ENR", "company", ["Dev’ENR"]),

    L("Occitanie", ["Occitanie"]),
    L("Perpignan", ["Perpignan"]),
    L("Pyrénées-Orientales", ["Pyrénées-Orientales"]),
    L("Montpellier", [("Montpellier", 1), ("Montpellier", 2)]),
    L("Hérault", ["Hérault"]),

    M("300 membres", DC, 300, "membres", "over"),
    M("80 membres", "Cemater", 80, "membres"),

    A("800 000 euros", 800000, qualifier="about", to=DC),
    A("546 M€", 546000000),
    A("820 millions d’euros", 820000000),

    D("1er janvier 2025", "2025-01-01"),
    D("2024/2026", "2024", value_end="2026"),
    D("en [juillet]", "XXXX-07"),
]
UNANNOTATED = []
