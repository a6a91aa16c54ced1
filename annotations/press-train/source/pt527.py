BODY_START = "Les décisions par"   # "Aller au contenu": skip link; the account lines below the title are chrome
BODY_END = None
# "la Région" is generic (no record), so its amounts have no funder link; PLAPESCO is a platform
# project and Plateau ComposiTIC a unit of the UBS, not organizations.

IR = "Institut régional des Matériaux avancés"
RECORDS = [
    O("Océanopolis", "other", ["Océanopolis"]),
    O(IR, "education_research", ["IRMA", IR], aliases=["IRMA"]),
    O("UBS", "education_research", ["UBS"]),
    O("Malterie de Bretagne", "company", ["Malterie de Bretagne"]),
    O("Britt", "company", ["Britt"]),
    O("Coreff", "company", ["Coreff"]),
    O("Lancelot", "company", ["Lancelot"]),
    O("Bouffay", "company", ["Bouffay"]),

    L("Antrain", ["Antrain"]),
    L("pavillon Bretagne", ["pavillon Bretagne"]),
    L("gymnase Foch", ["gymnase Foch"]),
    L("Brest", ["Brest"]),
    L("Questembert", ["Questembert"]),
    L("Plœmeur", ["Plœmeur"]),
    L("Scaër", ["Scaër"]),

    A("58,7 M€", 58700000),
    A("3,3 M€", 3300000),
    A("600 000 €", 600000),
    A("298 000 €", 298000),
    A("200 000 €", 200000),
    A("250 000 €", 250000),
    A("1,3 M€", 1300000),
    A("3,7 M€", 3700000),
    A("700 000 €", 700000),
    A("604 000 €", 604000),

    D("29 octobre 2018", "2018-10-29"),
    D("lundi 29 octobre", "XXXX-10-29"),
    D("2014-2020", "2014", value_end="2020"),
    D("début 2018", "2018", mod="START"),
]

UNANNOTATED = []
