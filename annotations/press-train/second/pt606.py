BODY_START = None
BODY_END = None
# "les trois agglomérations de Caen, du Havre et de Rouen": one shared generic head; the city
# names are annotated as places.

TES = "Transactions électroniques sécurisées"
RECORDS = [
    P("Isabelle Lauret", ["Isabelle Lauret"],
      roles=[("Lauret, [directrice marketing] de la société", "Bodycap")]),

    O("Bodycap", "company", [("Bodycap", 1), ("Bodycap", 2)]),
    O(TES, "association", ["Transactions électroniques sécurisées", "TES"], aliases=["TES"]),

    O("Europe", "public_body", ["Europe"]),   # grants subsidies: a place that acts (§12)

    L("Las Vegas", [("Las Vegas", 1), ("Las Vegas", 2)]),
    L("Caen", [("Caen", 1), ("Caen", 2), ("Caen", 3)]),
    L("Nevada", ["Nevada"]),
    L("Normandie", [("Normandie", 1), ("Normandie", 2), ("Normandie", 3)]),
    L("Colombelles", ["Colombelles"]),
    L("Havre", ["du [Havre]"]),
    L("Rouen", ["Rouen"]),
    L("Mémorial", ["Mémorial"]),

    A("400 millions d'euros", 400000000, qualifier="over", by=["Europe"]),

    D("Début janvier", "XXXX-01", mod="START"),
    D("création en [2005]", "2005"),
    D("jeudi 5 mars", "XXXX-03-05"),
    D("mercredi 11 mars", "XXXX-03-11"),
]

UNANNOTATED = []
