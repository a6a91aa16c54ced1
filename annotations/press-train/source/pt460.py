# pt460 — abp.bzh (2012), An Daol Vras, the future cantine numérique of Brest.
BODY_START = None
BODY_END = None

RECORDS = [
    L("An Daol Vras", ["An Daol Vras", "An Daol Vras-La Grande Tablée"]),  # a planned venue ("le projet"), not yet a body
    L("Brest", ["de [Brest] ouverte", "à [Brest], a"]),
    D("ouverte en [2013]", "2013"),
    D("17/11/12", "2012-11-17"),  # publication stamp
    P("Christian Rogel", [("Christian Rogel", 1), ("Christian Rogel", 2)]),  # byline
    D("[Vendredi 16 novembre]", "XXXX-11-16"),
    O("Technopôle-Iroise", "other", ["Technopôle-Iroise"]),
    O("Brest Métropole Océane", "public_body", ["Brest Métropole Océane"]),
    O("Université de Brest", "education_research", ["Université de Brest"]),
    D("la [mi-février 2013]", "2013-02", mod="MID"),
    A("150 000 €", 150000),  # a starting budget: no link
]

UNANNOTATED = []
