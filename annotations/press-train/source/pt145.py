# La Tribune Objectif Languedoc-Roussillon 2021: start-up fundraising in Occitanie.
BODY_START = None
BODY_END = None

IE = "In Extenso Innovation Croissance"
RECORDS = [
    P("Clément Saad", ["Clément Saad"], roles=[("CEO", "Pradeo"), ("[président] de la French", "French Tech Méditerranée")]),

    O(IE, "company", [(IE, 1), (IE, 2), (IE, 3)]),
    O("Pradeo", "company", ["Pradeo"]),
    O("French Tech Méditerranée", "other", ["French Tech Méditerranée"]),
    O("JVWeb", "company", ["JVWeb"]),
    O("Capital Croissance", "other", ["Capital Croissance"]),  # §16 kind (was company)
    O("BPI Investissement", "other", ["BPI Investissement"]),  # §16 kind (was company)

    L("Occitanie", [("Occitanie", n) for n in (1, 2, 3, 4)]),
    L("PACA", ["PACA"]),
    L("Auvergne-Rhône-Alpes", ["Auvergne-Rhône-Alpes"]),
    L("Île-de-France", ["Ile-de-France", "Île-de-France"]),
    L("AURA", ["AURA"]),
    L("France", ["fonds en [France]"]),
    L("Occitanie-est", ["Occitanie-est"]),
    L("Languedoc-Roussillon", ["Languedoc-Roussillon"]),

    D("premiers trois trimestres de l'année 2021", "2021-Q1", value_end="2021-Q3"),
    A("168,2 millions d'euros", 168200000),
    A("7,247 milliards d'euros", 7247000000),
    A("391 millions d'euros", 391000000),
    A("6,49 millions d'euros", 6490000),
    D("baromètre [2020]", "2020"),
    D("trois premiers trimestres de 2020", "2020-Q1", value_end="2020-Q3"),
    A("66 millions d'euros", 66000000),
    A("63 millions d'euros", 63000000),
    A("43 millions d'euros", 43000000),
    A(("65 millions d'euros", 1), 65000000),
    A(("65 millions d'euros", 2), 65000000),
    D("trois premiers trimestres 2021", "2021-Q1", value_end="2021-Q3"),
    D(("vs [2020]", 1), "2020"),
    D(("vs [2020]", 2), "2020"),
    A("5,4 millions d'euros", 5400000),
    D(("vs [2020]", 3), "2020"),
    A("25 millions d'euros", 25000000, to="JVWeb", by=["Capital Croissance", "BPI Investissement"]),
    D("d'ici cinq ans", None, relative=True),
]
UNANNOTATED = []
