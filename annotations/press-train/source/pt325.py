# pt325 — latribune.fr, Grand Est, the Cap Innov'Est seed fund (2015)
BODY_START = None
BODY_END = None
# "projet commun des régions Alsace, Bourgogne et Franche-Comté": the three regions as partners (public bodies);
# "en Alsace, en Bourgogne et en Franche-Comté" and "au sud de l'Alsace": territories (places).

RECORDS = [
    P("Jean-Lin Bergé", ["Jean-Lin Bergé"],
      roles=[("[président] d'Alsace Capital", "Alsace Capital")]),

    O("Cap Innov'Est", "other", [("Cap Innov'Est", i) for i in range(1, 7)]),  # §16 kind (was company)
    O("Alsace Capital", "company", [("Alsace Capital", 1), ("Alsace Capital", 2), ("Alsace Capital", 3)]),
    O("Alsace", "public_body", ["régions [Alsace]"]),
    O("Bourgogne", "public_body", ["régions Alsace, [Bourgogne]"]),
    O("Franche-Comté", "public_body", ["Bourgogne et [Franche-Comté], a validé"]),
    O("Bionext", "company", ["Bionext"]),
    O("Inoviem Scientific", "company", ["Inoviem Scientific"]),
    O("Emosis", "company", ["Emosis"]),
    O("Infinite Vision Optics", "company", ["Infinite Vision Optics"]),
    O("Fonds national d'amorçage", "other", ["Fonds national d'amorçage"]),  # §16 kind (was public_body)
    O("BNP", "company", ["BNP"]),
    O("caisses d'Epargne", "company", ["caisses d'Epargne"]),
    O("Capital Investissement Franche-Comté", "other", ["Capital Investissement Franche-Comté"]),  # §16 kind (was company)
    O("Safidi", "company", ["Safidi"]),
    O("EDF", "company", ["EDF"]),

    L("Alsace", ["en [Alsace], en", "sud de l'[Alsace]"]),
    L("Bourgogne", ["en [Bourgogne] et"]),
    L("Franche-Comté", ["en [Franche-Comté]."]),
    L("Est de la France", ["Est de la France"]),

    A("9 millions d'euros", 9000000, by=["Cap Innov'Est"]),
    A("les [36 millions] disponibles", 36000000),
    A("1 million d'euros", 1000000, qualifier="about"),
    A("20 millions d'euros", 20000000, to="Cap Innov'Est", by=["Fonds national d'amorçage"]),

    D("Le [18 février]", "XXXX-02-18"),
    D(("Le [18 février]", 2), "XXXX-02-18"),
    D("du [18 février]", "XXXX-02-18"),
    D("en [2014]", "2014"),
]

UNANNOTATED = []
