# pt348 — objectif-languedoc-roussillon.latribune.fr, Occitanie, the Melies business angels in 2023
BODY_START = "Le réseau de business-angels"   # " date 2023-12 " is the page store's prefix
BODY_END = None

RECORDS = [
    P("Jean-Paul Alic", [("Jean-Paul Alic", 1), ("Jean-Paul Alic", 2)],
      roles=[("Alic, le [président]", "Melies")]),

    O("Melies", "other", [("Melies", i) for i in range(1, 5)]),
    O("Drone Geofencing", "company", ["Drone Geofencing"]),

    L("Occitanie", ["Occitanie"]),
    L("Montpellier", ["Montpellier"]),
    L("Nîmes", ["Nîmes"]),
    L("Perpignan", ["Perpignan"]),
    L("Béziers", ["Béziers"]),

    A("400.000 euros", 400000, qualifier="about", by=["Melies"]),
    A("100.000 euros", 100000, qualifier="over", to="Drone Geofencing", by=["Melies"]),
    A("1,4 million d'euros", 1400000, to="Drone Geofencing"),

    D("le [15 décembre]", "XXXX-12-15"),
    D("en [2024]", "2024"),
    D("étudiés en [2023]", "2023"),
    D("prometteuse que [2023]", "2023"),
    D("Pour Melies, en [2023]", "2023"),
]

UNANNOTATED = []
