# pt704 — pressreader (La Tribune), Brittany's development agency BDI gets a new president and directoire (2017)
BODY_START = "LA BRETAGNE CHOISIT"      # "La Tribune": the store's paper line
BODY_END = None
BDI = "Bretagne Développement Innovation"

RECORDS = [
    O("BRETAGNE", "public_body", ["LA [BRETAGNE] CHOISIT"]),      # the region acting (choosing the agency's head)
    P("Hugues Meili", ["HUGUES MEILI", "Hugues Meili"],
      roles=[("A nouveau [président]", BDI), ("[patron] de la pépite", "Niji")]),
    P("PASCALE PAOLI-LEBAILLY", ["PASCALE PAOLI-LEBAILLY"]),       # byline
    L("RENNES", ["RENNES"]),
    L("Bretagne", ["agence économique de [Bretagne]"]),
    O(BDI, "public_body", [(BDI, 1), "([BDI]) un patron", (BDI, 2), "([BDI]), se réorganise",
                           "[BDI] change", "missions de [BDI]"], aliases=["BDI"]),
    O("Niji", "company", ["Niji"]),
    P("Guy Canu", ["Guy Canu"],
      roles=[("a [présidé] l'instance", BDI, "président"), (None, "Neworld Energies")]),   # "sa société Neworld Energies"
    O("Neworld Energies", "company", ["Neworld Energies"]),
    D("juin dernier", None, relative=True),
]
UNANNOTATED = [("Bretagne", 4, "la marque Bretagne: a brand name, not the territory")]
