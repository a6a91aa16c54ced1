# pt333 — lagazettefrance.fr, Normandie, the I-Day investor event at the Village by CA Rouen
BODY_START = None
BODY_END = None
# "I-Day": an event, no record.

RECORDS = [
    O("village BY CA de Rouen", "other", ["village BY CA de Rouen"]),
    O("Normandie Participations", "other", ["Normandie Participations"]),  # §16 kind (was company)
    O("BOHIN France", "company", ["BOHIN France"]),
    O("SOCOTEX", "company", ["SOCOTEX"]),
    O("GANAPATI", "company", ["GANAPATI"]),
    O("IC BIOSOLUTION", "company", ["IC BIOSOLUTION"]),
    O("IMMO SIGN", "company", ["IMMO SIGN"]),
    O("Maison SASSI", "company", ["Maison SASSI"]),
    O("MIRI-SOFUNPARTNER", "company", ["MIRI-SOFUNPARTNER"]),
    O("NOWKEY", "company", ["NOWKEY"]),
    O("QWARRY", "company", ["QWARRY"]),

    L("Normandie", ["en [Normandie]"]),

    A("300.000 à 3.000.000 euros", 300000, value_max=3000000),

    D("17 octobre dernier", None, relative=True),
    D("cette année", None, relative=True),
    D("mai à juillet", "XXXX-05", value_end="XXXX-07"),
    D("en [2016]", "2016"),
]

UNANNOTATED = []
