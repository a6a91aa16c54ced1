# pt326 — journaldelindustrie.fr, Grand Est, observatory of 2023 start-up fundraising
BODY_START = None
BODY_END = None
# "contre 221,5" (221.5 M EUR) is left out: no scale word nor currency written, build.py reads 221.5.

RECORDS = [
    O("French Tech Est", "other", ["French Tech Est"]),
    O("Blue Omingmak", "company", ["Blue Omingmak"]),
    O("Domain Therapeutics", "company", ["Domain Therapeutics"]),
    O("Haffner Energy", "company", ["Haffner Energy"]),
    O("Agriconomie.com", "company", ["Agriconomie.com"]),
    O("Lithium de France", "company", ["Lithium de France"]),
    O("SESAMm", "company", ["SESAMm"]),
    O("45-8 ENERGY", "company", ["45-8 ENERGY"]),

    L("Grand Est", [("Grand Est", 1), ("Grand Est", 2)]),
    L("Bas-Rhin", [("Bas-Rhin", 1), ("Bas-Rhin", 2)]),
    L("Marne", [("Marne", 1), ("Marne", 2)]),
    L("Moselle", [("Moselle", 1), ("Moselle", 2)]),

    A("160M€", 160000000),
    A("160,2 millions d’euros", 160200000),
    A("61,3 millions d’euros", 61300000),
    A("149 millions d’euros", 149000000),   # three recipients: no single link
    A("88 millions d’euros", 88000000),
    A("inférieures à [1,5 M€]", 1500000, qualifier="under"),
    A("1,5 et 30M€", 1500000, value_max=30000000),
    A("supérieures à [30M€]", 30000000, qualifier="over"),
    A("65 millions d’euros", 65000000),

    D("L'édition [2024]", "2024"),
    D("(hors levier) en [2023]", "2023"),
    D("par rapport à [2022]", "2022"),
    D("fonds en [2023]", "2023"),
    D("qu’en [2022]", "2022"),
    D("importantes en [2022]", "2022"),
]

UNANNOTATED = []
