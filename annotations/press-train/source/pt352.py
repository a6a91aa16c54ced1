# pt352 — unsacmarkea.com, Bretagne, Bretagne Jeunes entreprises becomes Breizh Invest PME
BODY_START = None
BODY_END = None
# A renamed body: two records (§16: a body and what it became). "la Région": generic.

RECORDS = [
    P("Martin Meyrier", ["Martin Meyrier"],
      roles=[("[vice-président] de la Région", None)]),

    # §16 merge: "X devient Y" gives two records; §16 kind: no cue ("cet outil") -> other
    O("Bretagne Jeunes entreprises", "other",
      [("Bretagne Jeunes entreprises", i) for i in range(1, 5)]),
    O("Breizh Invest PME", "other", [("Breizh Invest PME", i) for i in range(1, 4)]),
    O("Banque publique d’investissement", "public_body", ["Banque publique d’investissement"]),
    O("Caisse d’Epargne", "company", ["Caisse d’Epargne"]),
    O("Crédit Mutuel Arkéa", "company", ["Crédit Mutuel Arkéa"]),
    O("Banque populaire Grand-Ouest", "company", ["Banque populaire Grand-Ouest"]),
    O("Crédit Agricole", "company", ["Crédit Agricole"]),

    L("Bretagne", ["nombreuses en [Bretagne]"]),

    D("Il y a une quinzaine d’années", None, relative=True),
]

UNANNOTATED = []
