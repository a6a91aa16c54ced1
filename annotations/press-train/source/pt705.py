# pt705 — gomet.net, four Région Sud start-ups in the French Tech Next 40/120 (2025)
BODY_START = None
BODY_END = None

RECORDS = [
    D("lancé en [2019]", "2019"),
    L("Région Sud", ["Région Sud"]),            # the territory whose companies are listed, not acting
    D("édition [2025]", "2025"),
    O("TSE", "company", ["TSE"]),
    L("Sophia", ["Sophia"]),
    D("en [2023]", "2023"),
    A("130 M€", 130000000, to="TSE"),           # a fundraising
    L("Aix Marseille", ["Aix Marseille"]),
    O("ImCheck Therapeutics", "company", ["ImCheck Therapeutics"]),
    O("GoJob", "company", ["GoJob"]),
    O("GravitHy", "company", ["GravitHy"]),
    L("Fos-sur-Mer", ["Fos-sur-Mer"]),
    A("2,2 milliards d’euros", 2200000000),     # GravitHy's own plant investment: no link
]
UNANNOTATED = []
