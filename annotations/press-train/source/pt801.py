# pt801 — maddyness.com, weekly roundup of French start-up fundraisings (2018)
BODY_START = None
BODY_END = None

INV1 = ["Idinvest Partners", "Entrepreneur Venture", "CM-CIC Investissement", "Finorpa", "IRD"]
INV3 = ["BNP Paribas", "Financière Fonds Privés", "Breed Reply"]

RECORDS = [
    O("Cooptalis", "company", [("Cooptalis", 1), ("Cooptalis", 2)]),
    O("Idinvest Partners", "other", ["Idinvest Partners"]),
    O("Entrepreneur Venture", "other", ["Entrepreneur Venture"]),
    O("CM-CIC Investissement", "other", ["CM-CIC Investissement"]),
    O("Finorpa", "other", ["Finorpa"]),
    O("IRD", "other", ["IRD"]),
    O("Syntony", "company", [("Syntony", 1), ("Syntony", 2)]),
    O("Metron", "company", [("Metron", 1), ("Metron", 2)]),
    O("BNP Paribas", "company", ["BNP Paribas"]),
    O("Financière Fonds Privés", "other", ["Financière Fonds Privés"]),
    O("Breed Reply", "other", ["Breed Reply"]),
    O("Carlili", "company", ["Carlili"]),
    O("Padam", "company", ["Padam"]),
    O("Foodvisor", "company", ["Foodvisor"]),
    O("BioBurger", "company", ["BioBurger"]),
    O("Espaciel", "company", ["Espaciel"]),

    L("Canada", ["Canada"]),
    L("Lille", ["Lille"]),

    D("fin septembre", "XXXX-09", mod="END"),
    A("53,55 millions d’euros", 53550000),
    A("20 millions d’euros", 20000000, to="Cooptalis", by=INV1),
    A("15 millions d’euros", 15000000, to="Syntony"),
    A("8 millions d’euros", 8000000, to="Metron", by=INV3),
    A("12 millions d’euros", 12000000, to="Metron"),
    D("cette semaine", None, relative=True),
]

UNANNOTATED = []
