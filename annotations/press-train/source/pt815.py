# pt815 — letrois.info, Réseau Entreprendre Franche-Comté: volunteer mentors and honour loans (2026)
BODY_START = "Un des piliers"     # " date 2026-02-26 ": store prefix
BODY_END = None
RE = "Réseau Entreprendre"
REFC = "Réseau Entreprendre Franche-Comté"

RECORDS = [
    P("Elena Moise", ["Elena Moise"], roles=[("directrice", REFC)]),
    P("André Mulliez", ["André Mulliez"]),       # "à l’initiative de": no post

    O(RE, "other", [(RE, 1), (RE, 3), (RE, 4)]),
    O(REFC, "association", [REFC]),               # "l’association"

    L("Franche-Comté", ["En [Franche-Comté], ils", "déclinaison en [Franche-Comté]"]),

    D("il y a 40 ans", None, relative=True),
    D("il y a quarante ans", None, relative=True),
    D("date de [2007]", "2007"),
    A("7,3 millions d’euros", 7300000, by=[REFC]),   # honour loans granted by the Franche-Comté association
]

# "ils sont 140", "140 chefs d’entreprise bénévoles ont été mobilisés": volunteers mobilized, not stated as members.
UNANNOTATED = []
