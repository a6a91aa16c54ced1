# pt672 — ccihc.fr (relaying Corse-Matin), Bastia's economic actors and post-covid debt (2021)
BODY_START = "[CORSE-MATIN]"       # "CCI 2B" above is the site's header
BODY_END = None
ADEC = "Agence de développement de Corse"

RECORDS = [
    P("Louis Pozzo di Borgo", [("Louis Pozzo di Borgo", 1), ("Louis Pozzo di Borgo", 2)],
      roles=[("du [président] de l’intercommunalité", "Cab")]),   # "l'intercommunalité" = the Cab just named
    P("Alex Vinciguerra", ["Alex Vinciguerra"],
      roles=[("Le [président] de l’Agence", ADEC)]),              # "Le président de l'Adec livre ..." right after his quote

    O("CORSE-MATIN", "media", ["CORSE-MATIN"]),
    O("Cab", "public_body", ["Cab"]),
    O("Medef", "association", ["Medef"]),
    O(ADEC, "public_body", ["l’[Adec], ont", "[" + ADEC + "] (Adec)", ADEC + " ([Adec])"], aliases=["Adec"]),

    L("Corse", ["dégagé en [Corse]"]),

    A("1,4 milliard", 1400000000),      # "1,4 milliard de dettes": money, no currency written

    D("économique [2022]", "2022"),
    D("Hier", None, relative=True),
    D("celui de [2019]", "2019"),
]

UNANNOTATED = []
