BODY_START = None
BODY_END = None

RECORDS = [
    P("Alain Rousset", ["Alain Rousset"],
      roles=[("Rousset [président] de", "Région Nouvelle-Aquitaine")]),  # the territory's body, which has a record (§16)

    O("Région Nouvelle-Aquitaine", "public_body",
      ["La [Région Nouvelle-Aquitaine] bénéficie"]),
    L("Nouvelle-Aquitaine", ["président de la [Nouvelle-Aquitaine]"]),  # a bare territory name after a title: the place (§16)
    O("bpifrance", "public_body", ["bpifrance"]),

    A("10 milliards d’euros", 10000000000),
    A("17,3 M€", 17300000, by=["Région Nouvelle-Aquitaine"]),
    A("200 000 euros", 200000, qualifier="over"),
    A("100 et 500 000 euros", 100, value_max=500000),  # a range, as written; a per-project aid range of a call: no link (§16)

    D("Depuis [début février]", "XXXX-02", mod="START"),
]

UNANNOTATED = []
