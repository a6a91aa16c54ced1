# pt502 (second annotation, annotator 4) — PIA 3 innovation projects in Nouvelle-Aquitaine.
BODY_START = None
BODY_END = None

RECORDS = [
    O("Région Nouvelle-Aquitaine", "public_body", ["Région Nouvelle-Aquitaine"]),
    A("10 milliards d’euros", 10000000000),  # the PIA's envelope: no link
    A("17,3 M€", 17300000, by=["Région Nouvelle-Aquitaine"]),  # "un euro financé par la Région" (l'Etat: generic)
    D("Depuis [début février]", "XXXX-02", mod="START"),
    P("Alain Rousset", ["Alain Rousset"], roles=[("Rousset [président] de la", "Région Nouvelle-Aquitaine")]),  # the place; the role at its body, which has a record (§16)
    L("Nouvelle-Aquitaine", ["président de la [Nouvelle-Aquitaine]"]),
    A("200 000 euros", 200000, qualifier="over"),  # "au minimum"
    A("100 et 500 000 euros", 100, value_max=500000),  # per-project aid range of a call: no link (§16)  # as written ("entre 100 et 500 000 euros"; surely 100 000)
    O("bpifrance", "public_body", ["bpifrance"]),
]

UNANNOTATED = []
