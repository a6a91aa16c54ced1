BODY_START = "Baptisé"   # the store's " date 2019-12 " prefix is chrome
BODY_END = None
# APTIC / Aptic / Apic: the voucher (a product), not an organization. "50 ou 100 €": the bare "50"
# has neither currency nor scale word, so only "100 €" is an amount.

MC = "Médias-Cité"
RECORDS = [
    P("Gérald Elbaze", ["Gérald Elbaze"], roles=[("le [gérant] de Médias-Cité", MC)]),

    O(MC, "company", [(MC, 1), (MC, 2)]),
    O("La Tribune", "media", ["La Tribune"]),

    L("Ile-de-France", ["Ile-de-France"]),
    L("Gironde", ["Gironde"]),
    L("Bordeaux", ["Bordeaux"]),
    L("France", [("France", 2), ("France", 3)]),

    A(("1500 €", 1), 1500),
    A(("1500 €", 2), 1500),
    A("500 000 €", 500000),
    A("30 M€", 30000000),
    A("50 ou [100 €]", 100),
    A("chèques de [10 €]", 10),

    D("partir de [2015]", "2015"),
    D("en [2018], l'équivalent", "2018"),
    D("30 M€ en [2022]", "2022"),
]

UNANNOTATED = []
