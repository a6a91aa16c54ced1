# pt669 — reseau-healthtech.fr, interview of Normandy French Tech's general delegate (2016)
BODY_END = None
NFT = "French Tech Normandie"

RECORDS = [
    P("Laure Lehaut", ["Laure Lehaut"]),                 # tag line: no role
    P("Pierre-André Martin", [("Pierre-André Martin", i) for i in range(1, 4)],
      roles=[("Son [délégué général]", NFT)]),

    O(NFT, "other", [NFT, "NORMANDY FRENCH TECH", ("Normandy French Tech", 1), ("Normandy French Tech", 2)],
      aliases=["Normandy French Tech"]),
    O("CAEN NORMANDIE DEVELOPPEMENT", "public_body", ["CAEN NORMANDIE DEVELOPPEMENT"]),   # tag line
    O("La France connectée", "media", ["La France connectée"]),   # the interviewer's label ("LFC" later: initials)
    O("Phillips semi-conducteurs", "company", ["Phillips semi-conducteurs"]),

    L("Las Vegas", ["Las Vegas"]),
    L("Caen", [("Caen", 1), ("Caen", 2), ("Caen", 3)]),
    L("Rouen", [("Rouen", 1), ("Rouen", 2), ("Rouen", 3)]),
    L("Le Havre", [("Le Havre", 1), ("Le Havre", 2)]),
    L("Normandie", [("Normandie", 2), ("Normandie", 3)]),

    D("6 au 9 janvier 2016", "2016-01-06", value_end="2016-01-09"),
]

UNANNOTATED = []
