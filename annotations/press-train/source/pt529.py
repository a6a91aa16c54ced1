BODY_START = None
BODY_END = None
# "le statut de 1988" names a statute (like "loi 1901"): no date. l'Etat, le Territoire: generic.

AD = "Agence de développement économique de la Nouvelle-Calédonie"
PN = "Province Nord"
RECORDS = [
    P("Léopold Jorédié", ["M. Léopold Jorédié"],
      roles=[("[présidée] par le président", AD, "président"),
             ("par le [président] de la Province", PN)]),

    O(AD, "public_body", ["[Agence de développement économique de la Nouvelle-Calédonie] (ADECAL)", "Agence de développement économique de la Nouvelle-Calédonie ([ADECAL])",
                          "[agence de développement économique de la\nNouvelle-Calédonie] (ADECAL)", "agence de développement économique de la\nNouvelle-Calédonie ([ADECAL])",
                          ("ADECAL", 3), ("ADECAL", 4), ("ADECAL", 5)], aliases=["ADECAL"]),
    O("délégation à l'aménagement du territoire et à l'action régionale", "public_body",
      ["délégation à l'aménagement du territoire et\nà l'action régionale"]),
    O("ministère de l'Outre-mer", "public_body", ["ministère de\nl'Outre-mer"]),
    O(PN, "public_body", ["la [Province Nord],", "la [province Nord] et"]),
    O("province Sud", "public_body", ["province Sud"]),
    O("province des îles", "public_body", ["province des îles"]),

    L("Nouvelle-Calédonie", ["économique de la\n[Nouvelle-Calédonie] et notamment",
                             "économique de la [Nouvelle-Calédonie] et l'ADECAL"]),
    L("Lorraine", ["Lorraine"]),
    L("Népoui", ["Népoui"]),
    L("Koné", ["Koné"]),
    L("Pouembout", ["Pouembout"]),
    L("Houaïlou", ["Houaïlou"]),

    A("8 millions de francs français", 8000000, currency="FRF",
      to=AD, by=["ministère de l'Outre-mer", "province Sud", PN, "province des îles"]),
    A("l'Outre-mer) [3 millions de francs français]", 3000000, currency="FRF",
      to=AD, by=["ministère de l'Outre-mer"]),
    A("Territoire [3 millions de\nfrancs français]", 3000000, currency="FRF", to=AD),
    A("2 millions de francs français", 2000000, currency="FRF", to=AD),
    A("1\nmillion de francs français", 1000000, currency="FRF", to=AD, by=["province Sud"]),
    A("640.000 francs", 640000, currency="FRF", to=AD, by=[PN]),
    A("360.000 francs", 360000, currency="FRF", to=AD, by=["province des îles"]),

    D("début du mois de\nfévrier 1995", "1995-02", mod="START"),
    D("budget pour [1995]", "1995"),
    D("Depuis [1995]", "1995"),
]

UNANNOTATED = []
