# pt228: Tribuca, pôle SAFE renews its governance (paywalled excerpt).
BODY_START = None
BODY_END = "La lecture de cet article est réservée"

RECORDS = [
    O("SAFE", "association", ["SAFE"]),
    O("Aix-Marseille Université", "education_research", ["Aix-Marseille Université"]),
    O("ONERA", "education_research", ["ONERA"]),
    O("Mines Paris - PSL", "education_research", ["Mines Paris - PSL"]),
    O("Airbus Helicopters", "company", ["Airbus Helicopters"]),
    O("Bertin Technologies", "company", ["Bertin Technologies"]),
    O("Thales Alenia Space", "company", ["Thales Alenia Space"]),
    O("ACRI-ST", "company", ["ACRI-ST"]),
    O("A-NSE", "company", ["A-NSE"]),
    O("Cetrac", "company", ["Cetrac"]),
    O("Diginove", "company", ["Diginove"]),

    D("5 octobre dernier", None, relative=True),
    D("15 jours plus tard", None, relative=True),
]
UNANNOTATED = []
