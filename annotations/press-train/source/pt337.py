# pt337 — corsenetinfos.corsica, Corse, Femu Quì launches the Travalcà fund (2023, interview)
BODY_START = "- Pourquoi"   # " date 2023-09 " is the page store's prefix
BODY_END = None
# "le conseil d'administration": an internal body.

RECORDS = [
    O("Femu Quì SA", "company",
      ["Pourquoi [Femu Quì]", "2015-2016 [Femu Quì]", "Femu Quì SA", "donne à [Femu Quì]"],
      aliases=["Femu Quì"]),
    O("Travalcà", "other", ["Travalcà"]),  # §16 kind (was company)
    O("Banque Publique d'Investissement", "public_body",
      ["Banque Publique d'Investissement", ("BPI France", 1), ("BPI France", 2)], aliases=["BPI France"]),
    O("Collectivité de Corse", "public_body", ["Collectivité de Corse"]),
    O("Crédit Agricole de la Corse", "company", ["Crédit Agricole de la Corse"]),
    O("mutuelle de la Corse", "company", ["mutuelle de la Corse"]),

    L("Corse", ["PME en [Corse]. Ce", "PME en [Corse]. La"]),

    D("année 2015-2016", "2015", value_end="2016"),
]

UNANNOTATED = []
