# Maddyness 2018: the Corsican ecosystem, Bastia Ville Digitale, Corsican Tech.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Jean Leccia", [("Jean Leccia", 1), ("Jean Leccia", 2)], roles=[(("directeur", 1), "Emaho"), (("directeur", 2), "Emaho")]),  # slip: heading title span had no role; "né sous l'impulsion de" (initiator) gives no role (§15/§16)
    P("Mounir Mahjoubi", ["Mounir Mahjoubi"]),
    P("Emmanuel Macron", ["Emmanuel Macron"]),

    O("Corsican Tech", "other", [("Corsican Tech", 1), ("Corsican Tech", 2)]),
    O("Emaho", "association", [("Emaho", 1), ("Emaho", 2)]),

    L("Corse", ["Corse"]),

    D("il y a huit ans", None, relative=True),
    D("en [2015]", "2015"),
    D("an dernier", None, relative=True),
    D("année dernière", None, relative=True),
]
UNANNOTATED = []
