# pt657 — outremers360.com, Mayotte start-ups at the ASEB in Addis-Abeba
BODY_END = None

RECORDS = [
    P("Zamimou Ahamadi", ["Zamimou Ahamadi"], roles=[("[vice-présidente] du Conseil départemental", None)]),  # §16: the generic noun is outside the title span; no département named
    P("Haouthani Massoundi", ["Haouthani Massoundi"], roles=[("directrice", "Mayotte in Tech")]),
    P("Youmna Mohamad", ["Dr Youmna Mohamad"], roles=[("fondatrice", "Nyfasi")]),
    P("Azenar Massoundi", ["Azenar Massoundi"], roles=[("fondateur", "AYL3D Mouv Analys")]),

    O("Mayotte in Tech", "other", [("Mayotte in Tech", 1), ("Mayotte in Tech", 2)]),
    O("Nyfasi", "company", ["Nyfasi"]),
    O("AYL3D Mouv Analys", "company", ["AYL3D Mouv Analys"]),

    L("Addis-Abeba", [("Addis-Abeba", i) for i in range(1, 6)]),
    L("Mayotte", [("Mayotte", 1), ("Mayotte", 2), ("Mayotte", 5)]),
    L("Namibie", ["Namibie"]),
    L("Afrique du Sud", ["Afrique du Sud"]),
    L("Kenya", ["Kenya"]),

    D("cette année", None, relative=True),
    D("15 au 17 novembre", "XXXX-11-15", value_end="XXXX-11-17"),
]

UNANNOTATED = []
