# pt802 — objectifgard.com, EDF Pulse innovation prize comes to PACA, jury and 10 000 € prizes
BODY_START = "Un concours d’EDF"     # "GRAND AVIGNON": the site's section label
BODY_END = None
FTC = "French Tech Culture"

RECORDS = [
    P("Jacques-Thierry Monti", [("Jacques-Thierry Monti", 1), ("Jacques-Thierry Monti", 2)],
      roles=[("le [délégué régional] d’EDF", "EDF")]),
    P("Jean-François Cesarini", ["Jean-François Cesarini"],
      roles=[("directeur du développement", FTC)]),

    O("EDF", "company", [("EDF", 1), ("EDF", 3), ("EDF", 5), ("EDF", 6)]),
    O(FTC, "other", [(FTC, 1), (FTC, 2)]),    # a labelled territory with a director and jury seats: acts
    O("Région PACA", "public_body", ["Région PACA"]),
    O("ADEME", "public_body", ["ADEME"]),
    O("Cap Energies", "other", ["Cap Energies"]),

    L("PACA", ["en région [PACA]"]),
    L("Paris", [("Paris", 1), ("Paris", 2)]),
    L("Entraigues", ["Entraigues"]),
    L("Bernis", ["Bernis"]),
    L("Pernes", ["Pernes"]),
    L("Lyon", ["Lyon"]),

    D("il y a trois ans", None, relative=True),
    A(("10 000 euros", 1), 10000, by=["EDF"]),     # the prizes of EDF's competition
    A(("10 000 euros", 2), 10000, by=["EDF"]),
]

UNANNOTATED = [
    ("EDF", 2, "inside the prize name EDF Pulse (§16)"),
    ("EDF", 4, "inside the prize name EDF Pulse (§16)"),
]
