# pt823 — tracesecritesnews.fr, the 50 M€ Alsace Croissance fund and its three funders
BODY_START = None
BODY_END = None
AC = "Alsace Croissance"
RA = "Région Alsace"
CDC = "Caisse des dépôts"
CM = "Crédit Mutuel-CIC"
FSI = "Fonds stratégique d’investissement"
AIR = "Airfi"
FOUR = ["Alsace Amorçage", "Alsace Création", "Sodiv", AIR]

RECORDS = [
    O(AC, "other", [(AC, 1), (AC, 2)]),
    O(RA, "public_body", [RA]),
    O(CDC, "public_body", [(CDC, 1), ("CDC", 1), ("CDC", 2), (CDC, 2)], aliases=["CDC"]),
    O(CM, "company", [CM]),                         # "le groupe"
    O(FSI, "other", [FSI, "FSI"], aliases=["FSI"]),
    O("Alsace Amorçage", "other", ["Alsace Amorçage"]),
    O("Alsace Création", "other", ["Alsace Création"]),
    O("Sodiv", "company", ["Sodiv"]),               # "la société de reconversion"
    O(AIR, "other", [(AIR, 1), "Alsace Inter Regio Fonds d’Investissement", (AIR, 2)],
      aliases=["Alsace Inter Regio Fonds d’Investissement"]),

    L("bassin des Mines de potasse", ["bassin des Mines de potasse"]),

    A("Cinquante millions d’euros", 50000000, to=AC, by=[RA, CDC, CM]),   # "la dotation du fonds ... par ses trois ... financeurs"
    D("12 avril", "XXXX-04-12"),
    A("7 millions d’€", 7000000, to=AC, by=[RA]),              # "La collectivité"
    A("750.000 à 3 millions d’€", 750000, value_max=3000000),   # per-company range (§16)
    A("plus de [20 millions d’€]", 20000000, qualifier="over", by=FOUR),   # the four structures listed next
    A("d’[1 million d’€]", 1000000, qualifier="about"),        # Airfi's average ticket
]

# "18 autres millions" (CDC via the FSI, to the fund): the checker reads "18" only (a word between number and
# scale); left out and reported rather than mis-valued.
UNANNOTATED = []
