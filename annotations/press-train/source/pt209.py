# pt209: Gomet', Pôles Mer of Méditerranée and Bretagne Atlantique set up a joint venture (2020).
BODY_START = None
BODY_END = None

PMM = "Pôle de Compétitivité Mer Méditerranée"
RECORDS = [
    P("Patrick Baraona", [("Patrick Baraona", i) for i in (1, 2, 3, 4)],
      roles=[(None, PMM)]),  # "Dernière assemblée générale [du Pôle Mer Méditerranée] pour P. B., qui passe la main"
    P("Laurent Moser", ["Laurent Moser"], roles=[("Laurent Moser [président] du", PMM)]),

    O("Pôle Mer de Bretagne Atlantique", "association",
      ["Pôle Mer de Bretagne Atlantique", "Pôle Bretagne Atlantique"], aliases=["Pôle Bretagne Atlantique"]),
    O("Gomet’", "media", ["Gomet’"]),
    O("Union européenne", "public_body", ["Union européenne"]),
    O("Direction générale de l’armement", "public_body",
      [("DGA", 1), ("DGA", 2), "Direction générale de l’armement"], aliases=["DGA"]),
    O(PMM, "association", [PMM, "Pôle Mer Méditerranée"], aliases=["Pôle Mer Méditerranée"]),

    L("nouvelle Aquitaine", ["nouvelle Aquitaine"]),
    L("Hauts de France", ["Hauts de France"]),
    L("Paris", ["Paris"]),

    D("27 novembre", "XXXX-11-27"),
    D("30 novembre", "XXXX-11-30"),
    D("31 janvier 2020", "2020-01-31"),
    D("20 novembre 2020", "2020-11-20"),
]
UNANNOTATED = []
