# pt733 — lagazettefrance.fr, the interregional seed fund Fira Nord-Est and the regional seed funds before it
BODY_START = None
BODY_END = None
FIRA = "Fonds interrégional d'amorçage"

RECORDS = [
    O(FIRA, "other", ["le [Fira Nord-Est] pour", FIRA, "ou [Fira Nord-Est]"], aliases=["Fira Nord-Est"]),
    A("30,5 M€", 30500000),                       # the fund's first closing: an envelope, no link
    O("Finovam gestion", "company", [("Finovam gestion", 1), ("Finovam gestion", 2)]),
    L("Champagne -Ardenne", ["Champagne -Ardenne"]),
    L("Lorraine", ["Lorraine"]),
    L("Nord – Pas-de-Calais", ["Nord – Pas-de-Calais"]),
    L("Picardie", ["Picardie"]),
    O("Inovam SCR", "company", [("Inovam SCR", 1), ("Inovam SCR", 2)]),
    O("IRD", "company", ["IRD"]),
    O("Finorpa SCR", "company", [("Finorpa SCR", 1), ("Finorpa SCR", 2)]),
    O("Finorpa", "company", ["groupe [Finorpa]"]),
    D("février 2013", "2013-02"),
    O("Région Nord-Pas-de-Calais", "public_body", ["Région Nord-Pas-de-Calais"]),
    O("Nord France amorçage", "other", ["Nord France amorçage"]),
    A("10 M€", 10000000),                         # fund endowment: no link
    A("30 M€", 30000000),
    A("50 et 500 000 €", 50, value_max=500000),    # investment range per company, as written
    O("Fonds national d’amorçage", "other", ["Fonds national d’amorçage", "([FNA])"], aliases=["FNA"]),
    D("fin 2013", "2013", mod="END"),
    O("Finovam", "company", ["amorçage, [Finovam]"]),
    # "FEDER": the European funding programme, not an organization
]
UNANNOTATED = []
