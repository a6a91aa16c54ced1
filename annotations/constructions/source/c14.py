# c14 — invented: "Le conseil d'administration de X … : présidente, A, directrice de la start-up B ; vice-président, C (D) ; … ; administrateurs : E (F), G (H) et I (J)." (';' items; the first member's company title is stated at the company)
BODY_START = None
BODY_END = None
OI = "Odet Innovation"

RECORDS = [
    L("Quimper", ["Quimper"]),
    O(OI, "other", [OI]),      # "La technopole": form not stated
    D("le [25 juin]", "XXXX-06-25"),
    P("Gwenaëlle Prigent", [("Gwenaëlle Prigent", 1), ("Gwenaëlle Prigent", 2)],
      roles=[("[présidente], Gwenaëlle", OI), ("[directrice] de la start-up", "Kemper Bio")]),
    O("Kemper Bio", "company", ["Kemper Bio"]),
    P("Bernard Cosquer", ["Bernard Cosquer"], roles=[("[vice-président], Bernard", OI), (None, "Glazik Agro")]),
    O("Glazik Agro", "company", ["Glazik Agro"]),
    P("Maël Tanguy", ["Maël Tanguy"], roles=[("[trésorier], Maël", OI), (None, "Douarnenez Conserverie Digitale")]),
    O("Douarnenez Conserverie Digitale", "company", ["Douarnenez Conserverie Digitale"]),
    P("Rozenn Le Gall", ["Rozenn Le Gall"], roles=[("[administrateurs] :", OI), (None, "Aven Textiles")]),
    O("Aven Textiles", "company", ["Aven Textiles"]),
    P("Fabrice Quiniou", ["Fabrice Quiniou"], roles=[("[administrateurs] :", OI), (None, "Steir Drones")]),
    O("Steir Drones", "company", ["Steir Drones"]),
    P("Lucie Nédélec", ["Lucie Nédélec"], roles=[("[administrateurs] :", OI), (None, "Glenan Santé")]),
    O("Glenan Santé", "company", ["Glenan Santé"]),
    P("Yannick Moal", ["Yannick Moal"], roles=[("Moal, [directeur]", OI)]),
    D("depuis [2018]", "2018"),
    A("780 000 euros", 780000, to=OI),     # the technopole's budget ("financé … par les collectivités": no named funder)
    L("Paris", ["Paris"]),
    L("Nantes", ["Nantes"]),
]
UNANNOTATED = []
