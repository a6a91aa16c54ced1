BODY_START = "Nahiti, c’est"   # the store's " date 2023-03 " prefix is chrome
BODY_END = None
# Nahiti is a programme and « Innovation Outre-mer » a call for projects; "le Pays", "l'État",
# "le cluster maritime" (no name): generic. "Il y a quelques jours", "ces derniers mois": vague.

RS = "Resipol+"
RECORDS = [
    P("Élisabeth Borne", ["Élisabeth Borne"], roles=[("la [Première ministre] Élisabeth", None)]),

    O("UPF", "education_research", ["UPF"]),
    O("Ifremer", "education_research", ["Ifremer"]),
    O("IRD", "education_research", ["IRD"]),
    O("Medef", "association", ["Medef"]),
    O(RS, "other", ["Resipol+"]),

    A("un million d’euros", 1000000, to=RS),
    A("120 millions de francs", 120000000, currency="XPF", to=RS),
]

UNANNOTATED = []
