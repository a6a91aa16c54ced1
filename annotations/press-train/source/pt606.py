# pt606 — tendanceouest.com, Normandy digital ecosystem and French Tech bid (2015)
BODY_END = None

RECORDS = [
    P("Isabelle Lauret", ["Isabelle Lauret"],
      roles=[("directrice marketing", "Bodycap")]),

    O("Bodycap", "company", [("Bodycap", 1), ("Bodycap", 2)]),
    O("Transactions électroniques sécurisées", "association",
      ["Transactions électroniques sécurisées", "TES"], aliases=["TES"]),
    O("Europe", "public_body", ["Europe"]),   # grants subsidies: acts

    L("Las Vegas", [("Las Vegas", 1), ("Las Vegas", 2)]),
    L("Caen", [("Caen", 1), ("Caen", 2), ("Caen", 3)]),
    L("Nevada", ["Nevada"]),
    L("Normandie", [("Normandie", 1), ("Normandie", 2), ("Normandie", 3)]),
    L("Colombelles", ["Colombelles"]),
    L("Havre", ["du [Havre]"]),  # fullest form written
    L("Rouen", ["Rouen"]),
    L("Mémorial", ["Mémorial"]),

    A("plus de [400 millions d'euros]", 400000000, qualifier="over", by=["Europe"]),

    D("Début janvier", "XXXX-01", mod="START"),
    D("en [2005]", "2005"),
    D("jeudi 5 mars", "XXXX-03-05"),
    D("mercredi 11 mars", "XXXX-03-11"),
]

UNANNOTATED = []
