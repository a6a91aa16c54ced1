# pt355 — acteursdeleconomie.latribune.fr, Auvergne-Rhône-Alpes, why funds look at Lyon (2017)
BODY_START = None
BODY_END = None
# "French Tech touch", "labellisation French Tech": label. "la capitale des Gaules": periphrasis.
# "en fin d'année" (of a school year, generic): no date.

RECORDS = [
    P("Maximilien Bacot", ["Maximilien Bacot"],
      roles=[("[cofondateur] de Breega", "Breega")]),
    P("Pierre-Henri Dentressangle", ["Pierre-Henri Dentressangle"],
      roles=[("[président] du fonds", "Hi Inov")]),

    O("Forbes France", "media", ["Forbes France"]),
    O("Breega", "other", ["Breega"]),  # §16 kind (was company)
    O("Hi Inov", "other", ["Hi Inov"]),  # §16 kind (was company)
    O("Dentressangle Initiatives", "company", ["Dentressangle Initiatives"]),
    O("Boost in Lyon", "other", ["Boost in Lyon"]),
    O("Cuisine du Web", "other", ["Cuisine du Web"]),
    O("Axeleo", "other", ["Axeleo"]),

    L("Lyon", ["regardent à [Lyon]", "[Lyon] est la", "[Lyon] accusait"]),
    L("Paris", [("Paris", 1), ("Paris", 2)]),
    L("Lille", [("Lille", 1), ("Lille", 2)]),
    L("Nantes", [("Nantes", 1), ("Nantes", 2)]),
    L("Montpellier", ["Montpellier"]),

    A("25 millions d'euros", 25000000, to="Axeleo"),

    D("fin avril", "XXXX-04", mod="END"),
    D("il y a trois ans", None, relative=True),
    D("en [2013]", "2013"),
    D("novembre 2014", "2014-11"),
]

UNANNOTATED = []
