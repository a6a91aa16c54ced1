# pt350 — boursorama.com (NEWSManagers), Bretagne, the Breizh Rebond fund (2021)
BODY_START = "(NEWSManagers.com)"   # " date 2021-02 " is the page store's prefix
BODY_END = None
# "la Région", "des CCI de la région", "l'Etat": generic.

BIB = "Bretons Investissons en Bretagne Participation"

RECORDS = [
    P("Loïg Chesnais-Girard", ["Loïg Chesnais-Girard"],
      roles=[("[président] de la Région", "Région Bretagne")]),
    P("Christian Blais", ["Christian Blais"],
      roles=[("son [dirigeant]", BIB)]),
    P("Jean-Pierre Denis", ["Jean-Pierre Denis"],
      roles=[("[président] du groupe", "Arkéa")]),

    O("NEWSManagers.com", "media", ["NEWSManagers.com"]),
    O("Région Bretagne", "public_body", ["la [région Bretagne] ne", ("Région Bretagne", 1), ("Région Bretagne", 2)]),
    O("Breizh Rebond", "other", ["Breizh Rebond"]),  # §16 kind (was company)
    O("Arkéa", "company", [("Arkéa", 1), ("Arkéa", 2)]),
    O("Crédit Mutuel", "company", ["Crédit Mutuel"]),
    O("Crédit Agricole", "company", ["Crédit Agricole"]),
    O("Caisse d'Epargne", "company", ["Caisse d'Epargne"]),
    O(BIB, "other", ["BIB Participations", "[BIB Participation] ou", BIB],  # §16 kind (was company); slip: span had " ou"
      aliases=["BIB Participations", "BIB Participation"]),
    O("Région Industrie Bretagne", "other", ["Région Industrie Bretagne"]),
    O("France industrie", "other", ["France industrie"]),

    L("Bretagne", ["mutualistes de [Bretagne]"]),

    A("50 millions d'euros", 50000000, to="Breizh Rebond",
      by=["Arkéa", "Région Bretagne", "Crédit Agricole", "Caisse d'Epargne", BIB]),
    A("20 millions d'euros", 20000000, to="Breizh Rebond", by=["Arkéa"]),
    A("10 millions d'euros", 10000000, to="Breizh Rebond", by=["Crédit Agricole", "Caisse d'Epargne", BIB]),
    A("5 à 8 millions d' euros", 5000000, value_max=8000000),   # hoped for: no link
    A("déjà [2,5 millions]", 2500000, to=BIB),

    D("ce [26 janvier]", "XXXX-01-26"),
    D("1er trimestre 2021", "2021-Q1"),
]

UNANNOTATED = []
