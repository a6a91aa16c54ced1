BODY_START = "« On fait"   # the store's " date 2024-04 " prefix is chrome
BODY_END = None
# "la banque publique d'investissement" (lowercase description) is not a mention; "BPI" is a
# record of its own, the regional office "Bpifrance Bourgogne Franche-Comté" another.

BR = "Bpifrance Bourgogne Franche-Comté"
RECORDS = [
    P("Marc Auloge", [("Marc Auloge", 1), ("Marc Auloge", 2), ("Marc Auloge", 3)],
      roles=[("Auloge, [directeur régional] Bpifrance", BR)]),

    O(BR, "public_body", [BR]),
    O("BPI", "public_body", [("BPI", 1), ("BPI", 2), ("BPI", 3), ("BPI", 4)]),

    A("748 millions d’euros", 748000000, by=["BPI"]),
    A("2 milliards d’euros", 2000000000),
    A("95 millions d’euros", 95000000, by=["BPI"]),
    A("33 millions d’euros", 33000000, by=["BPI"]),
    A("216 millions d’euros", 216000000, by=["BPI"]),

    D(("2023", 1), "2023"),
    D(("2023", 2), "2023"),
    D("l’[année écoulée]", None, relative=True),
]

UNANNOTATED = []
