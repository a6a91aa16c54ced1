# pt336 — arritti.corsica, Corse, Femu Quì launches the seed fund Alzà (2021)
BODY_START = None
BODY_END = None
# Web addresses (www.femuqui.com/etica, alza.femuqui.com) are not mentions.

RECORDS = [
    P("Ghjuvan’Carlu Simeoni", ["Ghjuvan’Carlu Simeoni"],
      roles=[("[directeur général] de Femu", "Femu Quì Ventures")]),

    O("Femu Quì S.A.", "company", ["Femu Quì S.A.", "[Femu Quì] est une", "filiale de [Femu Quì S.A]"],
      aliases=["Femu Quì", "Femu Quì S.A"]),
    O("Alzà", "other", [("Alzà", i) for i in range(1, 6)]),  # §16 kind (was company)
    O("Femu Quì Ventures", "company", ["Femu Quì Ventures"]),

    L("Corse", [("Corse", 1), ("Corse", 2)]),

    D("en [1992]", "1992"),
    D("30 septembre 2021", "2021-09-30"),
    D("au [début du même mois]", None, relative=True),
]

UNANNOTATED = []
