# pt620 — medium.com (French Tech Strasbourg), open forum on the Alsace start-up ecosystem (2017)
BODY_END = None

RECORDS = [
    P("Sébastien Derivaux", ["Sébastien Derivaux"]),     # byline: no role
    P("Yann Klis", ["Yann Klis"]),

    O("French Tech Strasbourg", "other", ["French Tech Strasbourg"]),
    O("Alsace Business Angels", "other", ["Alsace Business Angels"]),
    O("Alsace Digitale", "other", ["Alsace Digitale"]),
    O("Caisse d’Epargne Alsace", "company", ["Caisse d’Epargne Alsace"]),
    O("Semia", "other", ["Semia"]),

    L("Alsace", ["écosystème French Tech en [Alsace]"]),
    L("Strasbourg", ["startup à [Strasbourg]"]),
    L("Thailande", ["Thailande"]),

    D("read[Dec 9, 2017]", "2017-12-09"),     # publication stamp
    D("vendredi 8 décembre 2017", "2017-12-08"),
]

UNANNOTATED = []
