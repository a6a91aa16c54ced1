# pt643 — channelnews.fr, Syntec informatique becomes Syntec Numérique (2010)
BODY_END = None
SY = "Syntec informatique"

RECORDS = [
    P("Guy Mamou-Mani", [("Guy Mamou-Mani", 1), ("Guy Mamou-Mani", 2)],
      roles=[("nouveau [président], Guy", SY), ("DG", "Groupe Open")]),

    O(SY, "association", ["le [Syntec]. Rebaptisé", "Syntec numérique", SY, "Syntec Numérique"],
      aliases=["Syntec Numérique", "Syntec"]),     # one body, renamed
    O("Cisco", "company", ["Cisco"]),
    O("Symantec", "company", ["Symantec"]),
    O("VMware", "company", ["VMware"]),
    O("Akka", "company", ["Akka"]),
    O("Google", "company", ["Google"]),
    O("Groupe Open", "company", ["Groupe Open"]),

    L("France", [("France", 1), ("France", 2)]),

    D("juin dernier", None, relative=True),
    D("générale de [juin]", "XXXX-06"),
]

UNANNOTATED = []
