BODY_START = None
BODY_END = None
# the new regional agency's name is still secret: "la nouvelle agence régionale économique" is no record.

RECORDS = [
    P("Carole Delga", [("Carole Delga", 1), ("Carole Delga", 2)],
      roles=[("la [présidente] du conseil régional", None),   # conseil régional: no region named in the phrase
             ("elle en sera la [présidente]", None)]),        # of the unnamed agency
    P("Thomas Bascaules", [("Thomas Bascaules", 1), ("Thomas Bascaules", 2)],
      roles=[("son [directeur général] -elle", None),
             (None, "Altran-Sud-Ouest")]),                    # "à la tête ... de l'entreprise"

    O("Altran-Sud-Ouest", "company", ["Altran-Sud-Ouest"]),
    O("Madeeli", "public_body", ["Madeeli"]),
    O("Sud de France Développement", "public_body", ["Sud de France Développement"]),
    O("Transferts LR", "public_body", [("Transferts LR", 1), ("Transferts LR", 2)]),
    O("Invest Sud de France", "public_body", ["Invest Sud de France", "Invest Sud de Frane"],
      aliases=["Invest Sud de Frane"]),
    O("Synersud", "public_body", [("Synersud", 1), ("Synersud", 2)]),
    O("LR Set", "public_body", [("LR Set", 1), ("LR Set", 2)]),

    L("Occitanie", [("Occitanie", 1), ("Occitanie", 2), "Pyrénées-Méditerranée"]),  # dashes: a second form, second mention (§16)
    L("Toulouse", ["Toulouse"]),
    L("Lozère", ["Lozère"]),
    L("Aveyron", ["Aveyron"]),
    L("Montpellier", ["Montpellier"]),
    L("Triade", ["la [Triade]"]),
    L("parc du Millénaire", ["parc du Millénaire"]),

    A("29 M€", 29000000),

    D("avant [début janvier]", "XXXX-01", mod="START"),
    D("ce mercredi", None, relative=True),
    D("1er janvier prochain", None, relative=True),
    D("29 M€ en [2018]", "2018"),
    D("mars prochain", None, relative=True),
]

UNANNOTATED = []
