# pt635 — andemu.co, interview of the ADEC's president at Bastia Ville Digitale 2016
BODY_END = None
ADEC = "Agence de Développement Économique de la Corse"

RECORDS = [
    P("Jean-Christophe Angelini", [("Jean-Christophe Angelini", i) for i in range(1, 5)],
      roles=[(("Président", 1), ADEC),        # restated in each title line and in the lead: one role per span (§15)
             (("président", 1), ADEC),
             (("Président", 2), ADEC),
             (("président", 2), ADEC),
             ("l’honneur de [présider]", ADEC, "président")]),

    O(ADEC, "public_body", [("ADEC", i) for i in range(1, 7)] + [ADEC], aliases=["ADEC"]),
    O("Corsican Tech", "other", [("Corsican Tech", 1), ("Corsican Tech", 2)]),

    L("Corse", [("Corse", 1), ("Corse", 2), ("Corse", 4)]),
    L("Bastia", [("Bastia", 3)]),

    A("60 millions d’euros", 60000000, by=[ADEC]),

    D("Bastia Ville Digitale [2016]", "2016"),     # the edition's year
    D("juillet dernier", None, relative=True),
]

UNANNOTATED = [
    ("Bastia", 1, "inside the event name Bastia Ville Digitale"),
    ("Bastia", 2, "inside the event name Bastia Ville Digitale"),
    ("Bastia", 4, "inside the event name Bastia Ville Digitale"),
    ("Bastia", 5, "inside the event name Bastia Ville Digitale"),
]
