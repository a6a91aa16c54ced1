# pt808 — tendanceouest.com, Bpifrance in Haute-Normandie in 2013 and the Robocath case
BODY_START = None
BODY_END = None
B = "Bpifrance"
CDC = "Caisse des dépôts et consignations Entreprises"
GCA = "GO Capital Amorçage"

RECORDS = [
    P("Jérôme Rousseau", ["Jérôme Rousseau"], roles=[("directeur régional", B)]),
    P("Philippe Bencteux", [("Philippe Bencteux", 1), ("Philippe Bencteux", 2)],
      roles=[("radiologue", None)]),

    O(B, "public_body", [("BPI", 1), ("BPI", 2), B, ("BPI", 3), ("BPI", 4), ("BPI", 5)],
      aliases=["BPI"]),
    O("Oseo", "public_body", ["Oseo"]),
    O(CDC, "public_body", ["Caisse des dépôts et consignations (CDC) Entreprises"],
      aliases=["CDC Entreprises"]),
    O("Fonds stratégique d’investissement", "other", ["Fonds stratégique d’investissement"]),
    O("Robocath", "company", [("Robocath", 1), ("Robocath", 2)]),
    O("Seine Biopolis", "other", ["Seine Biopolis"]),      # the incubator ("pépinière")
    O(GCA, "other", [GCA]),
    O("NCI", "other", ["NCI"]),

    L("Haute-Normandie", [("Haute-Normandie", 1), ("Haute-Normandie", 2)]),   # "la région Haute-Normandie": lowercase (§15)
    L("place Saint-Marc", ["place Saint-Marc"]),
    L("France", ["France"]),
    L("Rouen", ["Rouen"]),

    D("en [2013]", "2013"),
    A("311 millions d’euros", 311000000, by=[B]),          # risks taken on 2 201 companies
    D("Depuis [2009]", "2009"),
    A("800 000€", 800000, to="Robocath", by=[B]),           # the region is written lowercase: a place
    A("900 000 €", 900000, to="Robocath", by=[GCA, "NCI"]),
]

# "du CHU": a common noun acronym with no proper part (§16).
UNANNOTATED = []
