# pt241: Eco War Guadeloupe (ewag.fr), interview on the Cluster Maritime de Guadeloupe (2017).
BODY_START = None
BODY_END = None

CMG = "Cluster Maritime de Guadeloupe"
RECORDS = [
    P("Christophe Foucault", [("Christophe Foucault", 1), ("Christophe Foucault", 2)],
      roles=[("vice-président", CMG)]),
    P("Julie Clerc", ["Julie Clerc"]),

    O("Cluster Maritime Français", "association", ["Cluster Maritime Français"]),
    O("UMEP Guadeloupe", "association", ["UMEP Guadeloupe"]),
    O(CMG, "association", ["Cluster Maritime Guadeloupe", (CMG, 1), (CMG, 2)],
      aliases=["Cluster Maritime Guadeloupe"]),
    O("Grand Port Maritime de Guadeloupe", "public_body", ["Grand Port Maritime de Guadeloupe"]),
    # §16: "l’Aquarium" is a capitalized common noun with no proper part: no mention
    O("Marina Bas-du-Fort", "other", ["Marina Bas-du-Fort"]),

    M("70 membres", CMG, 70, "membres"),

    D("en [2011]", "2011"),
]
UNANNOTATED = []
