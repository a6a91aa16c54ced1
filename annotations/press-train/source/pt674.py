# pt674 — themedialeader.com (JDN interview), Cyril Zimmermann runs for the Acsel presidency
BODY_START = "«L’Acsel"      # the leading "|" is chrome
BODY_END = None
AC = "Association de l'Economie Numérique"

RECORDS = [
    P("Cyril Zimmermann", [("Cyril Zimmermann", i) for i in range(1, 5)],
      roles=[(("CEO", 1), "Hi-Media"),                          # restated: one role per span (§15)
             (("CEO", 2), "Hi-Media"),
             (("CEO", 3), "Hi-Media"),
             ("membre du conseil d'administration et du bureau", AC)]),
    P("Pierre Alzon", ["Pierre Alzon"], roles=[(None, AC)]),    # the outgoing head ("ne se représenterait pas"); no title written
    P("Pierre Kosciusko-Morizet", ["Pierre Kosciusko-Morizet"], roles=[("présidents", AC)]),

    O(AC, "association", [("Acsel", i) for i in range(1, 7)] + [(AC, 1), (AC, 2)], aliases=["Acsel"]),
    O("Hi-Media", "company", [("Hi-Media", i) for i in range(1, 5)]),
    O("JDN", "media", [("JDN", i) for i in range(1, 4)]),
    O("Fevad", "association", [("Fevad", 1), ("Fevad", 2)]),
    O("EBG", "association", ["EBG"]),

    D("29 avril", "XXXX-04-29"),
]

UNANNOTATED = []
