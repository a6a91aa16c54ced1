BODY_START = "Les TPE numériques normandes"   # "10 managers à suivre sur twitter" / "People": site chrome
BODY_END = None

NFT = "Normandy French Tech"
MRN = "Métropole Rouen Normandie"
RECORDS = [
    P("Pierre André Martin", [("Pierre André Martin", 1), ("Pierre André Martin", 2)],
      roles=[(None, NFT),      # title line "Nom, Organisation": affiliation (§16)
             ("Martin, [Directeur Délégué] de la Normandy", NFT)]),

    O(NFT, "other", [(NFT, 1), (NFT, 2), (NFT, 3), (NFT, 4), (NFT, 5), (NFT, 6)]),
    O(MRN, "public_body", [(MRN, 1), (MRN, 2)]),

    L("Caen", [("Caen", 1), ("Caen", 2)]),
    L("Havre", [("Havre", 1), ("Havre", 2)]),
    L("Normandie", ["territoire de la [Normandie]"]),
]

UNANNOTATED = []
