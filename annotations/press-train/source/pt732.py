# pt732 — tendanceouest.com, Bpifrance in Haute-Normandie (2013) and the Robocath funding round
BODY_START = "L'objectif affiché"      # " date 2021-11 ": store prefix
BODY_END = None
BPI = "Bpifrance"
CDC = "Caisse des dépôts et consignations Entreprises"

RECORDS = [
    O(BPI, "public_body", [("BPI", i) for i in range(1, 6)] + ["Bpifrance"], aliases=["BPI"]),
    L("Haute-Normandie", ["En [Haute-Normandie]", "région [Haute-Normandie]"]),   # "la région Haute-Normandie": lowercase, the place (§15)
    O("Oseo", "public_body", ["Oseo"]),
    O(CDC, "public_body", ["Caisse des dépôts et consignations (CDC) Entreprises"], aliases=["CDC Entreprises", "CDC"]),
    O("Fonds stratégique d’investissement", "other", ["Fonds stratégique d’investissement"]),
    D("en [2013]", "2013"),
    A("311 millions d’euros", 311000000, by=[BPI]),        # risks taken on 2 201 companies
    P("Jérôme Rousseau", ["Jérôme Rousseau"], roles=[("directeur régional", BPI)]),
    L("place Saint-Marc", ["place Saint-Marc"]),
    O("Robocath", "company", [("Robocath", 1), ("Robocath", 2)]),
    L("Seine Biopolis", ["Seine Biopolis"]),               # "dans la pépinière": the site
    D("Depuis [2009]", "2009"),
    P("Philippe Bencteux", [("Philippe Bencteux", 1), ("Philippe Bencteux", 2)],
      roles=[("le [radiologue]", None), (None, "Robocath")]),   # heads the company's project ("entouré de 12 collaborateurs", "L'entrepreneur")
    A("800 000€", 800000, to="Robocath", by=[BPI]),         # with "la région Haute-Normandie" (a place here)
    A("900 000 €", 900000, to="Robocath", by=["GO Capital Amorçage", "NCI"]),
    O("GO Capital Amorçage", "other", ["GO Capital Amorçage"]),
    O("NCI", "other", ["NCI"]),
    L("France", ["France"]),
]
UNANNOTATED = []
