# pt845 — echos-judiciaires.com, French Tech Bordeaux: re-elected president and member companies (2022)
BODY_START = None
BODY_END = None
FTB = "French Tech Bordeaux"

RECORDS = [
    P("Cyril Texier", ["Cyril Texier"], roles=[("président", FTB)]),   # "président réélu"
    P("Pascal Rousse", ["Pascal Rousse"]),                              # photo credit

    O("Geosat", "company", ["Geosat"]),
    O("TreeFrog Therapeutics", "company", ["TreeFrog Therapeutics"]),
    O("Ultra Premium Direct", "company", ["Ultra Premium Direct"]),
    O("Back Market", "company", ["Back Market"]),
    O("Deezer", "company", ["Deezer"]),
    O("Lydia Solutions", "company", ["Lydia Solutions"]),
    O("Malt Community", "company", ["Malt Community"]),
    O("Mano Mano", "company", ["Mano Mano"]),
    O("Mirakl", "company", ["Mirakl"]),
    O("MWM", "company", ["MWM"]),
    O("Recommerce", "company", ["Recommerce"]),
    O(FTB, "association", [FTB]),                                      # "l’association"

    L("Lot-et-Garonne", ["Lot-et-Garonne"]),
    L("Bordeaux", ["bureau à [Bordeaux]"]),

    D("début février", "XXXX-02", mod="START"),
    A("plus de [5 milliards d’euros]", 5000000000, qualifier="over"),   # a valuation: no link
    A("450 millions d’euros", 450000000, to="Back Market"),
    D("en [janvier]", "XXXX-01"),
    M("d’[entreprises adhérentes à l’association a explosé, atteignant 500]", FTB, 500, "entreprises adhérentes"),   # the counted noun comes first
    D("10 février", "XXXX-02-10"),
    M("640 entreprises", FTB, 640, "entreprises"),                     # the same count for 2021
    D("l’année [2021]", "2021"),
    D("cette année", None, relative=True),
    D("21/11/2021", "2021-11-21"),
]

# "FT120 / Next40": rankings (labels); "French Tech" alone and "French Tech Day": a label and an event.
UNANNOTATED = []
