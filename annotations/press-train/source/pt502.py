BODY_START = None
BODY_END = None

RECORDS = [
    P("Alain Rousset", ["Alain Rousset"],
      roles=[("Rousset [président] de", "Région Nouvelle-Aquitaine")]),

    O("Région Nouvelle-Aquitaine", "public_body",
      ["La [Région Nouvelle-Aquitaine] bénéficie", "président de la [Nouvelle-Aquitaine]"],
      aliases=["Nouvelle-Aquitaine"]),
    O("bpifrance", "public_body", ["bpifrance"]),

    A("10 milliards d’euros", 10000000000),
    A("17,3 M€", 17300000, by=["Région Nouvelle-Aquitaine"]),
    A("200 000 euros", 200000, qualifier="over"),
    A("et [500 000 euros]", 500000, qualifier="under", by=["Région Nouvelle-Aquitaine"]),  # "entre 100 et 500 000": build reads the low end as 100

    D("Depuis [début février]", "XXXX-02", mod="START"),
]

UNANNOTATED = []
