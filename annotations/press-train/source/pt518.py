BODY_START = None
BODY_END = None

R = "Région Guadeloupe"
RECORDS = [
    # chairs the Région's commission permanente (an internal body) -> the Région
    P("Ary Chalus", ["Ary Chalus"], roles=[("sous la [présidence] d’Ary", R, "président")]),

    O(R, "public_body", [(R, 1), (R, 2)]),

    # ARICE and ARDDA are aid schemes of the Région, not organizations
    A("32 000 euros", 32000, qualifier="under"),  # §16: a per-project aid cap, no funding link
    A("10 000 euros", 10000, qualifier="under"),  # §16: idem

    D("mardi 23 mars", "XXXX-03-23"),
]

UNANNOTATED = []
