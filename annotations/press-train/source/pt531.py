BODY_START = None
BODY_END = None
# No person is named (La Présidente du Conseil départemental, le Maire de Mende); le Département,
# l'État: generic, so the amounts have no funder link.

CL = "cœur de Lozère"
RECORDS = [
    O(CL, "public_body", ["communes [cœur de Lozère], celle-ci", "l'EPCI [cœur de Lozère]"]),

    L("Mende", ["Mende"]),

    A("20.000 euros", 20000),
    A("500 euros", 500),
    A("500€", 500),
    A("40.000 euros", 40000),
    A("20.000 €", 20000),
    A("10.000 €", 10000),

    D("mardi 17 novembre", "XXXX-11-17"),
]

UNANNOTATED = []
