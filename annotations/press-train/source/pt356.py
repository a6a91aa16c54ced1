# pt356 — maddyness.com, Auvergne-Rhône-Alpes, regional final of the CIC Start Innovation Business Awards (2023)
BODY_START = None
BODY_END = None
# "CIC Start Innovation Business Awards": a contest (event); "prix Scale": a prize. "15 milliards": batteries.

RECORDS = [
    P("Patrice Cauvet", ["Patrice Cauvet"],
      roles=[("[directeur général] de", "CIC Lyonnaise de banque")]),
    P("Julien Fournis", ["Julien Fournis"],
      roles=[("Son [cofondateur]", "BeFC")]),

    O("CIC", "company", ["siège lyonnais du [CIC]"]),
    O("CIC Lyonnaise de banque", "company", ["CIC Lyonnaise de banque"]),
    O("BeFC", "company", ["BeFC"]),

    L("Lyon", ["Lyon"]),
    L("Rhône-Alpes", ["Rhône-Alpes"]),
    L("Paris", [("Paris", 1), ("Paris", 2)]),
    L("Station F", ["Station F"]),
    L("Isère", ["Isère"]),
    L("Grenoble", ["Grenoble"]),

    A("10 000 euros", 10000),
    A("30 000 euros", 30000),
    A("500 000 euros", 500000, qualifier="over"),
    A("un million d'euros", 1000000, qualifier="over"),

    D("jeudi 23 novembre", "XXXX-11-23"),
    D("le [12 décembre]", "XXXX-12-12"),
    D("l'[an dernier]", None, relative=True),
    D("Ce jeudi", None, relative=True),
]

UNANNOTATED = [("CIC", 2, "inside the contest name CIC Start Innovation Business Awards")]
