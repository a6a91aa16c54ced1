# pt427 — brest.fr (2019), the seven Breton technopoles.
BODY_START = "Les technopôles bretons ne lèvent pas le pied"
BODY_END = None

RECORDS = [
    D("développement en [2018]", "2018"),
    O("Technopôle Brest-Iroise", "other", ["Technopôle Brest-Iroise", "technopôle Brest-Iroise"]),
    O("Anticipa Lannion-Guingamp", "other", ["Anticipa Lannion-Guingamp"]),
    O("Technopôle Quimper-Cornouaille", "other", ["Technopôle Quimper-Cornouaille"]),
    O("Lorient Technopôle", "other", ["Lorient Technopôle"]),
    O("Vipe Vannes", "other", ["Vipe Vannes"]),
    O("Technopôle Saint-Brieuc Armor", "other", ["Technopôle Saint-Brieuc Armor"]),
    O("Poool", "other", ["Poool"]),
    P("Michel Gourtay", ["Michel Gourtay"],
      roles=[("Gourtay, [président] du technopôle", "Technopôle Brest-Iroise"),
             ("nouveau [président] de l’association", None)]),  # "l'association des technopôles": no name
    P("Olivier Le Strat", [("Olivier Le Strat", 1), ("Olivier Le Strat", 2)]),
    D("En [2018], ce sont", "2018"),
    A("deux millions d’euros", 2000000, qualifier="over", by=["Région Bretagne"]),
    O("Région Bretagne", "public_body", ["Région Bretagne"]),
    D("[2019] en point", "2019"),
    D("termes de projets soutenus, [2019]", "2019"),
    D("l’exercice [2018]", "2018"),
    D("[2019] sera aussi", "2019"),
    O("French Tech Seed", "other", ["French Tech Seed"]),  # "le fonds French Tech Seed": a fund (§14)
]

UNANNOTATED = []
