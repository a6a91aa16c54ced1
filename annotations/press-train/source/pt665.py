# pt665 — alliancy.fr, Rouen, Caen and Le Havre prepare a joint French Tech bid (2014)
BODY_END = None
CAR = "communauté d’agglomération de Rouen"
CAC = "communauté d’agglomération de Caen"

RECORDS = [
    P("Axelle Lemaire", ["Axelle Lemaire"], roles=[("secrétaire d’État chargée du numérique", None)]),
    P("Frédéric Sanchez", ["Frédéric Sanchez"], roles=[("Sanchez, [président] (PS)", CAR)]),
    P("Joël Bruneau", ["Joël Bruneau"],
      roles=[("Bruneau, [maire] UMP", None),                  # no city named with the title
             ("UMP et [président] de", CAC)]),

    O(CAR, "public_body", [CAR]),
    O(CAC, "public_body", [CAC]),
    O("Caen", "public_body", ["avec [Caen] pour"]),          # the partner that agreed: acts
    O("Le Havre", "public_body", ["au [Havre] de"]),          # invited to join: acts
    O("PS", "other", ["PS"]),
    O("UMP", "other", ["UMP"]),
    O("Seine Innopolis", "other", [("Seine Innopolis", 1), ("Seine Innopolis", 2)]),
    O("Bunkr", "company", ["Bunkr"]),
    O("Spread", "company", ["Spread"]),
    O("Creative Data", "company", ["Creative Data"]),

    L("Rouen", [("Rouen", i) for i in (1, 2, 3, 5, 6)]),
    L("Caen", [("Caen", 1), ("Caen", 2), ("Caen", 4)]),
    L("Le Havre", [("Le Havre", 1), ("Le Havre", 2), ("Le Havre", 3)]),
    L("Haute-Normandie", ["Haute-Normandie"]),
    L("Basse-Normandie", ["Basse-Normandie"]),

    D("12 novembre dernier", None, relative=True),
    D("1er janvier 2015", "2015-01-01"),
    D("fin de l’année 2014", "2014", mod="END"),
]

UNANNOTATED = []
