# pt319 — la1ere.francetvinfo.fr, La Réunion, French Tech Days Outre-Mer closing pitches (2023)
BODY_START = "Les French Tech Days"   # " date 2023-12 " is the page store's prefix
BODY_END = None
# "Regardez le reportage de Réunion La Première :" is a promo line inside the body: names only.
# "French Tech Days (Outre-Mer)" is an event: no record.

RECORDS = [
    P("Annaëlle Dorressamy", ["Annaëlle Dorressamy"]),   # byline
    P("Alix Catherine", ["Alix Catherine"]),             # byline
    P("Anne-Laure Morel", ["Anne-Laure Morel"],
      roles=[("[co-fondatrice] de Torksal", "Torksal")]),
    P("Isabelle Albert", ["Isabelle Albert"],
      roles=[("[partenaire] d’un fonds", None)]),
    P("Olivier Becht", ["Olivier Becht"],
      roles=[("ministre délégué chargé du commerce extérieur", None)]),

    O("Réunion La Première", "media", ["Réunion La Première"]),
    O("Torksal", "company", ["Torksal"]),

    L("Moca", ["Moca"]),
    L("La Réunion", ["Outre-Mer à [La Réunion]", "investisseurs de [La Réunion]"]),
    L("Paris", ["Paris"]),
    L("Afrique", [("Afrique", 1), ("Afrique", 2)]),
    L("Australie", ["Australie"]),
    L("Europe", ["Europe"]),

    A("4 millions d’euros", 4000000),   # sought by Torksal, not raised: no link

    D("vendredi 1er décembre 2023", "2023-12-01"),
    D(("vendredi 1er décembre 2023", 2), "2023-12-01"),
    D("hier", None, relative=True),
]

UNANNOTATED = []
