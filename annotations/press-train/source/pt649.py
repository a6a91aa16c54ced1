# pt649 — touleco.fr, interview of the head of the Castres-Mazamet technopole (2019)
BODY_START = "Virginia Doan, vous"     # " date 2019-07 " is the store's prefix
BODY_END = None

RECORDS = [
    P("Virginia Doan", ["Virginia Doan"], roles=[(None, "Castres-Mazamet")]),   # "à la tête de la technopole Castres-Mazamet"

    O("Castres-Mazamet", "other", ["technopole [Castres-Mazamet]"], aliases=["technopole Castres-Mazamet"]),
    O("Pierre Fabre", "company", ["laboratoires [Pierre Fabre]"]),
    O("ministère de la Santé de Dubaï", "public_body", ["ministère de la Santé de Dubaï"]),

    L("Toulouse", ["Toulouse"]),
    L("Bénin", ["Bénin"]),
    L("États- Unis", ["États- Unis"]),

    D("En [2018]", "2018"),
    D(("Cette année", 1), None, relative=True),
    D(("Cette année", 2), None, relative=True),
]

UNANNOTATED = []
