# c05 — invented: "La technopole X s'est dotée d'un comité de direction : A, Société B, président ; C, Société D, vice-présidente ; …" (';' items, company after a comma)
BODY_START = None
BODY_END = None
IH = "Iroise Horizons"

RECORDS = [
    L("Brest", ["Brest"]),
    O(IH, "other", [IH]),      # a technopole whose form the text does not state
    D("le [2 octobre]", "XXXX-10-02"),
    P("Yann Quéméner", [("Yann Quéméner", 1), ("Yann Quéméner", 2)],
      roles=[(None, "Abers Photonics"), ("Photonics, [président]", IH)]),
    O("Abers Photonics", "company", ["Abers Photonics"]),
    P("Katell Guivarc'h", ["Katell Guivarc'h"],
      roles=[(None, "Landeda Marine Systems"), ("Systems, [vice-présidente]", IH)]),
    O("Landeda Marine Systems", "company", ["Landeda Marine Systems"]),
    P("Ronan Pellen", ["Ronan Pellen"], roles=[(None, "Kreiz Conseil"), ("Conseil, [trésorier]", IH)]),
    O("Kreiz Conseil", "company", ["Kreiz Conseil"]),
    P("Sterenn Abgrall", [("Sterenn Abgrall", 1), ("Sterenn Abgrall", 2)],
      roles=[("Abgrall, [déléguée générale]", IH),
             ("[ancienne chargée d'affaires]", "Trégor Envol")]),
    D("en [1998]", "1998"),
    M("[210 membres]", IH, 210, "membres"),
    L("Finistère", ["Finistère"]),       # "le Finistère nord": the adjective is outside (§16)
    A("1,2 million d'euros", 1200000, to=IH),   # the technopole's budget
    O("Trégor Envol", "other", ["Trégor Envol"]),   # an incubator
    L("Lannion", ["Lannion"]),
    D("en [2021]", "2021"),
]
UNANNOTATED = []
