# pt738 — lejournaltoulousain.fr, the Midi-Pyrénées innovation trophies Inn'Ovations and their new sponsors
BODY_START = None
BODY_END = None
MPI = "Midi-Pyrénées Innovation"

RECORDS = [
    L("Midi-Pyrénées", ["entreprises de [Midi-Pyrénées]"]),
    D("31 janvier dernier", None, relative=True),
    D("le [31 janvier] à", "XXXX-01-31"),
    L("Labège", ["Labège"]),
    O(MPI, "public_body", [MPI, "([MPI])"], aliases=["MPI"]),     # the regional innovation agency
    D("Cette année", None, relative=True),
    A("200 000 euros", 200000),          # the contest's prize envelope: no link
    A("150 000 euros", 150000),
    D("l’année dernière", None, relative=True),
    L("France", ["France"]),
    O("Airbus", "company", [("Airbus", 1), ("Airbus", 2)]),
    O("BNP Paribas", "company", ["BNP Paribas"]),
]
UNANNOTATED = []
