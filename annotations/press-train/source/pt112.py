# La Tribune Objectif Aquitaine 2023: French Tech Bordeaux board election.
BODY_START = "Ils sont sept"  # " date 2023-05 " store prefix
BODY_END = None

RECORDS = [
    P("Cyril Texier", ["Cyril Texier"], roles=[("Le [président] Cyril", "French Tech Bordeaux")]),
    P("Julien Anselme", ["Julien Anselme"], roles=[(None, "French Tech Bordeaux")]),  # "ses collègues" of the board
    P("Hélène Desliens", ["Hélène Desliens"], roles=[(None, "French Tech Bordeaux")]),
    P("Guillaume-Olivier Doré", ["Guillaume Olivier-Doré", "Guillaume-Olivier Doré"],
      roles=[(None, "French Tech Bordeaux"), ("investisseur", "Impact Source")],
      aliases=["Guillaume Olivier-Doré"]),
    P("Hannah Berkouk", ["Hannah Berkouk"], roles=[("élues", "French Tech Bordeaux")]),
    P("Glwadys Le Moulnier", ["Glwadys Le Moulnier"], roles=[("élues", "French Tech Bordeaux")]),
    P("Elena Poincet", ["Elena Poincet"], roles=[("élues", "French Tech Bordeaux"), ("CEO", "Tehtris")]),

    O("French Tech Bordeaux", "association", [("French Tech Bordeaux", i) for i in range(1, 4)]),
    O("La Tribune", "media", ["La Tribune"]),
    O("Tehtris", "company", ["Tehtris"]),
    O("Impact Source", "other", ["Impact Source"]),  # §16 kind (was company)
    O("France Digitale", "association", ["France Digitale"]),

    D("mois de juin", "XXXX-06"),
    D("élection [2023]", "2023"),
    D("an dernier", None, relative=True),
    D("élues en [2021]", "2021"),
    D("5 juin", "XXXX-06-05"),
    D("19 juin", "XXXX-06-19"),
    D("19 au 30 juin", "XXXX-06-19", value_end="XXXX-06-30"),
    D("27 juin", "XXXX-06-27"),
    D(("30 juin", 2), "XXXX-06-30"),
    M("800 entreprises adhérentes", "French Tech Bordeaux", 800, "entreprises adhérentes"),
]
UNANNOTATED = []
