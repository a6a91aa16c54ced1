# pt322 — lejournaldesentreprises.com, Bretagne, four business angel networks form Breizh Angels
BODY_START = None
BODY_END = None
# "# Conjoncture": tag line (chrome inside the body). "la Région" in the titles: generic.

RECORDS = [
    P("Jean-Jacques Fuan", ["Jean-Jacques Fuan"],
      roles=[("[fondateur] des Armor", "Armor Angels")]),
    P("Jean-Yves Ruaudel", ["Jean-Yves Ruaudel"],
      roles=[("[président] de Logoden", "Logoden")]),  # §16: Breizh Angels still planned, no affiliation

    O("Bretagne Jeune Entreprises", "company", [("Bretagne Jeune Entreprises", 1), ("Bretagne Jeune Entreprises", 2)]),
    # §16: "Breizh Angels" is a body still planned ("création officielle en septembre prochain"): no organization
    O("Armor Angels", "other", [("Armor Angels", 1), ("Armor Angels", 2)]),
    O("région Bretagne", "public_body", [("région Bretagne", 1), ("région Bretagne", 2)]),
    O("Bretagne Sud Angels", "other", ["Bretagne Sud Angels"]),
    O("Logoden", "other", [("Logoden", 1), ("Logoden", 2)]),
    O("Finistère Angels", "other", ["Finistère Angels"]),
    O("Hemarina", "company", ["Hemarina"]),

    L("Côtes-d'Armor", ["Côtes-d'Armor"]),
    L("Rennes", ["Rennes"]),

    A("3.000 euros", 3000),  # §16: per-dossier aid amount, no funding link

    D("début septembre", "XXXX-09", mod="START"),
    D("début juillet", "XXXX-07", mod="START"),
    D("septembre prochain", None, relative=True),
]

UNANNOTATED = []
