# pt442 — apluscestmieux.org (2023), round table and general assembly of A+ c'est mieux !
BODY_START = None
BODY_END = None

RECORDS = [
    D("Le [3 juillet]", "XXXX-07-03"),
    O("A+ c'est mieux !", "association", ["A+ c'est mieux !"]),
    O("Césure", "other", ["Césure"]),
    L("Paris", ["([Paris])"]),
    P("Stephane Veyer", ["Stephane Veyer"],
      roles=[("[co-fondateur] de Coopaname", "Coopaname"),
             ("[co-fondateur] de Coopaname", "Manufacture Coopérative")]),  # one title, two organizations
    O("Coopaname", "other", ["Coopaname"]),
    O("Manufacture Coopérative", "other", ["Manufacture Coopérative"]),
    P("Adele de Lamberterie", ["Adele de Lamberterie"],
      roles=[("[directrice du développement]", "Plateau Urbain")]),
    O("Plateau Urbain", "other", ["Plateau Urbain"]),
    P("Robin Girard", ["Robin Girard"], roles=[("[chef de projet tiers-lieu]", "Eternel Solidaire")]),
    O("Eternel Solidaire", "other", ["Eternel Solidaire"]),
    P("Karen Ganilsy", ["Karen Ganilsy"],
      roles=[("[administratrice] de la Cress", "Cress IdF"),
             ("[conseillère] du Ceser", "Ceser IdF")]),
    O("Cress IdF", "association", ["Cress IdF"]),
    O("Ceser IdF", "public_body", ["Ceser IdF"]),
    P("Morgane Mazain", ["Morgane Mazain"], roles=[("Mazain, [directrice]", "Maison Montreau")]),
    O("Maison Montreau", "other", ["Maison Montreau"]),
    D("en [2022-2023]", "2022", value_end="2023"),
    O("Ile-de-France Tiers-lieux", "other", [("Ile-de-France Tiers-lieux", 1), ("Ile-de-France Tiers-lieux", 2)]),
    D("([fin août])", "XXXX-08", mod="END"),
    D("(en [novembre])", "XXXX-11"),
    D("depuis [début 2023]", "2023", mod="START"),
    O("Institut Paris Région", "public_body", ["Institut Paris Région"]),
    O("Métropole du Grand Paris", "public_body", ["Métropole du Grand Paris"]),
    O("ADEME", "public_body", ["ADEME"]),
]

UNANNOTATED = []
