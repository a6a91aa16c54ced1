# c04 — invented: "X a élu son bureau. Présidente : A (B). Vice-présidents : C (D) et E (F). Trésorier : G." (one sentence per post, a French Tech community)
BODY_START = None
BODY_END = None
FT = "French Tech Rhin-Vignoble"

RECORDS = [
    L("Strasbourg", ["Strasbourg"]),
    D("le [11 avril]", "XXXX-04-11"),
    O("Hopla Data", "company", [("Hopla Data", 1), ("Hopla Data", 2)]),
    O(FT, "other", [FT]),     # "la communauté", "labellisée": no association named (§14)
    P("Claire Wendling", [("Claire Wendling", 1), ("Claire Wendling", 2)],
      roles=[("[Présidente] : Claire", FT), (None, "Stuwa Technologies")]),
    O("Stuwa Technologies", "company", ["Stuwa Technologies"]),
    P("Matthieu Kieffer", ["Matthieu Kieffer"], roles=[("[Vice-présidents] :", FT), (None, "Winstub Digital")]),
    O("Winstub Digital", "company", ["Winstub Digital"]),
    P("Ophélie Burgmeier", ["Ophélie Burgmeier"], roles=[("[Vice-présidents] :", FT), (None, "Kochersberg Biotech")]),
    O("Kochersberg Biotech", "company", ["Kochersberg Biotech"]),
    P("Raphaël Eschbach", ["Raphaël Eschbach"], roles=[("[Trésorier] : Raphaël", FT)]),
    P("Léa Schwoerer", ["Léa Schwoerer"], roles=[("[Secrétaire générale] : Léa", FT), (None, "Ritter & Hauss")]),
    O("Ritter & Hauss", "company", ["Ritter & Hauss"]),     # "cabinet Ritter & Hauss": generic head left out
    D("en [2019]", "2019"),
    M("[280 membres]", FT, 280, "membres"),
    L("Colmar", ["Colmar"]),
    L("Haguenau", ["Haguenau"]),
    P("Benoît Ostermann", ["Benoît Ostermann"],
      roles=[("Ostermann, [fondateur]", "Hopla Data"), ("qui a [présidé] la communauté", FT, "président")]),
    D("budget [2024]", "2024"),
    A("180 000 euros", 180000, to=FT),     # the community's budget
    A("60 000 euros", 60000, to=FT),       # its share from dues (cotisations), part of the budget
]
UNANNOTATED = []
