# pt819 — lejournaldemayotte.com, Initiative Mayotte's honour-loan fund and its funders (2017)
BODY_START = None
BODY_END = None
IM = "Initiative Mayotte"
CDC = "Caisse des Dépôts et Consignations"

RECORDS = [
    P("Mlanao Nassroudine", ["Mlanao Nassroudine"], roles=[("1er vice-président", None)]),   # "de la CCI": no place, generic (§5)
    P("Ben Issa Ousseni", ["Ben Issa Ousseni"], roles=[("élu chargé des finances", None)]),  # of the "Conseil départemental": no place
    P("Omar Simba", ["Omar Simba"], roles=[("Chargé de mission", IM)]),

    O(IM, "association", [(IM, i) for i in range(1, 5)]),
    O("Initiative France", "other", ["Initiative France"]),
    O(CDC, "public_body", [CDC, "CDC"], aliases=["CDC"]),
    O("Adie", "other", ["Adie"]),
    O("BGE", "other", ["BGE"]),
    O("cabinet Mahorais de conseils", "company", ["cabinet Mahorais de conseils"]),

    L("Mayotte", ["manque à [Mayotte]", "existantes à [Mayotte]"]),

    D("fin 2016", "2016", mod="END"),
    A("1 euro", 1),
    D("fin décembre", "XXXX-12", mod="END"),
    A("200.000 €", 200000, to=IM, by=[CDC]),          # "à cette plateforme"
    A("12.000 €", 12000, to=IM, by=[CDC]),
    A("700.000 euros", 700000),                       # the fund's total
    A(("250.000 €", 1), 250000, to=IM),              # by the Conseil départemental: no place named, no record
    D("fin mars", "XXXX-03", mod="END"),
    A(("250.000 €", 2), 250000, to=IM),              # by the CCI: no place named, no record
    A("700.000 €", 700000),
    A("5.000 € à 20.000 €", 5000, value_max=20000),   # per-loan range (§16)
]

# "la CCI", "la Chambre de commerce et d’industrie (CCI)", "le Conseil départemental": no place named, generic (§5, §16).
UNANNOTATED = []
