# pt316 — actubusinessangels.com, Bretagne, Breizh Angels federates the Breton networks (2017)
BODY_START = None
BODY_END = None

RECORDS = [
    P("George Fournol", ["George Fournol"],
      roles=[("[président] de l’association", "Breizh Angels")]),

    O("Breizh Angels", "association",
      ["« [Breizh Angels] »", "l’association [Breizh Angels]", "Breizh Angelsse"]),   # the last glued to "se" in the text
    O("région Bretagne", "public_body", ["région Bretagne"]),   # "a créé Breizh Up"
    O("Breizh Up", "other", ["BREIZH UP", "Breizh Up"]),
    O("Armor Angels", "other", ["Armor  Angels"]),
    O("Bretagne Sud Angels", "other", ["Bretagne Sud Angels"]),
    O("Finistère Angels", "other", ["Finistère Angels"]),
    O("Logoden", "other", ["Logoden"]),

    L("Bretagne", ["en [Bretagne], ce", "En [Bretagne], les"]),
    L("Île de France", ["Île de France"]),
    L("Rhône-Alpes", [("Rhône-Alpes", 1), ("Rhône-Alpes", 2)]),
    L("PACA", ["PACA"]),

    A("[5 millions] par an", 5000000),   # no currency written in the passage: EUR (French context)

    D("début 2016", "2016", mod="START"),
    D("Un an plus tard", None, relative=True),
    D("en [2014]", "2014"),
    D(("début 2016", 2), "2016", mod="START"),
    D("il y a plus de 10 ans", None, relative=True),
    D("l’[année dernière]", None, relative=True),
]

UNANNOTATED = []
