# pt440 — estel-numerique.com (Paysan Lorrain, 2017), the Village by CA of the Crédit Agricole de Lorraine.
BODY_START = None
BODY_END = None

RECORDS = [
    O("Paysan Lorrain", "media", ["Paysan Lorrain"]),
    D("du [10 novembre 2017]", "2017-11-10"),  # publication stamp
    P("Jean-Luc Masson", ["Jean-Luc Masson"]),  # byline
    L("village by Ca", ["Le [village by Ca]"]),  # §16: "en gestation", "ouvrira début 2018": a planned venue, no organization; « villages by CA »: the network, plural
    D("ouvrira [début 2018]", "2018", mod="START"),
    O("Crédit Agricole de Lorraine", "company",
      [("Crédit Agricole de Lorraine", 1), ("Crédit Agricole de Lorraine", 2), "collaborateur du [Crédit Agricole]"],
      aliases=["Crédit Agricole"]),
    L("Laxou", [("Laxou", 1), ("Laxou", 2)]),
    D("le [12 octobre]", "XXXX-10-12"),
    L("France", ["France"]),
    D("à la [fin 2017]", "2017", mod="END"),
    D("[un an plus tard]", None, relative=True),
    D("éclore [début 2018]", "2018", mod="START"),
    L("rue de la Vologne", ["rue de la Vologne"]),
    P("Frédéric Lataille", ["Frédéric Lataille"],
      roles=[("[directeur des risques et qualité]", "Crédit Agricole de Lorraine")]),  # "de la banque verte"
    P("Giuseppe Ceraulo", ["Giuseppe Ceraulo"],
      roles=[("«[maire] du village»", None),  # §16: the village is still planned, no record
             ("[collaborateur] du Crédit", "Crédit Agricole de Lorraine")]),
    P("Pauline Lebouleux", ["Pauline Lebouleux"],
      roles=[("sa [chargée de communication]", None)]),  # §16: of the planned village]),
]

UNANNOTATED = []
