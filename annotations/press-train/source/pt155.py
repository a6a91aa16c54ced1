# NosDéputés: written question on the French Tech label for Corsica (2018) and answer (2019).
BODY_START = "Michel Castellani\nQuestion"  # the site's photo-credit line is chrome
BODY_END = None

RECORDS = [
    P("Michel Castellani", ["Michel Castellani", "M. Michel Castellani"]),

    O("Ministère de l'économie", "public_body", ["Ministère de l'économie"]),
    O("Corsican Tech", "other", ["Corsican Tech"]),
    O("mission French Tech", "public_body", ["mission French Tech"]),

    L("Corse", [("Corse", n) for n in range(1, 5)]),
    L("France", ["France"]),

    D("5 juin 2018", "2018-06-05"),
    D("Depuis [2015]", "2015"),
    M("une cinquantaine de start-up", "Corsican Tech", 50, "start-up", "about"),
    D("En [2013]", "2013"),
    D("16 juillet 2019", "2019-07-16"),
    D("décembre 2018", "2018-12"),
]
UNANNOTATED = []
