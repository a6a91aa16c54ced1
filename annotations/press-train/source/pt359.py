# pt359 — aqui.fr, Nouvelle-Aquitaine, the regional fund NACI 1 (2020)
BODY_START = "Nouvelle-Aquitaine : un nouveau"   # " date 2020-02 Economie | ": store prefix and section label
BODY_END = None
# "la région" / "La région" (lowercase, no name): generic, so the 30 M€ gets no funder link.

RECORDS = [
    P("Thibaut Richebois", ["Thibaut Richebois"],
      roles=[("[directeur général adjoint] de la collectivité", "région Nouvelle-Aquitaine")]),   # "la collectivité régionale"

    O("région Nouvelle-Aquitaine", "public_body", ["région Nouvelle-Aquitaine"]),
    O("NACI 1", "other", ["NACI 1", "[NACI], lui"], aliases=["NACI"]),  # §16 kind (was company)
    O("Alter'NA", "other", [("Alter'NA", 1), ("Alter'NA", 2)]),  # §16 kind (was company)
    O("Arkéa", "company", ["Arkéa"]),
    O("Banque Populaire Aquitaine Centre Atlantique", "company", ["Banque Populaire Aquitaine Centre Atlantique"]),
    O("Mutuelle de Poitiers", "company", ["Mutuelle de Poitiers"]),
    O("Total", "company", ["Total"]),
    O("Arkema", "company", ["Arkema"]),
    O("Edf", "company", ["Edf"]),
    O("Ceva", "company", ["Ceva"]),
    O("AG2R", "company", ["AG2R"]),
    O("Aquiti Gestion", "other", ["Aquiti Gestion"]),  # §16 kind (was company)

    L("Nouvelle-Aquitaine", ["[Nouvelle-Aquitaine] : un"]),

    A("62,5 millions d'euros", 62500000),   # fund size
    A(("62,5 millions d'euros", 2), 62500000, to="NACI 1"),   # "a été levé … à hauteur de"
    A("30 millions d'euros", 30000000, to="NACI 1"),
    A("20 millions d'euros", 20000000, to="NACI 1", by=["Arkéa"]),
    A("3 millions d'euros", 3000000, to="NACI 1", by=["Banque Populaire Aquitaine Centre Atlantique"]),

    D("03/02/2020", "2020-02-03"),   # publication stamp
    D("présenté [ce lundi]", None, relative=True),
    D("lundi 3 février", "XXXX-02-03"),
    D("octobre dernier", None, relative=True),
    D("fin 2019", "2019", mod="END"),
    D("en [2018]", "2018"),
]

UNANNOTATED = []
