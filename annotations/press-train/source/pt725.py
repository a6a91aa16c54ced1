# pt725 — channelnews.fr, La Mêlée Numérique elects a bureau of three co-presidents and six vice-presidents
BODY_START = None
BODY_END = None
MN = "La Mêlée Numérique"
COP = ("3 [co-présidents]", MN)
VP = ("6 [vice-présidents]", MN)

RECORDS = [
    O(MN, "association", [MN, "de la [Mêlée Numérique]"]),
    O("Cantine Toulouse", "other", ["Cantine Toulouse"]),
    P("Philippe Coste", ["Philippe Coste"], roles=[COP, ("Coste ([directeur]", None)]),    # "directeur d'école d'informatique": unnamed school
    P("Edouard Forzy", ["Edouard Forzy"], roles=[COP, ("Forzy ([cofondateur]", MN), ("délégué général", MN)]),
    P("Alix Howard", ["Alix Howard"], roles=[COP, ("consultante en webmarketing", None)]),
    P("Philippe Bourgela", ["Philippe Bourgela"], roles=[VP, ("Bourgela ([DG]", None)]),
    P("Stéphane Contrepois", ["Stéphane Contrepois"], roles=[VP, ("Contrepois ([fondateur]", None)]),
    P("Emilie Gervais", ["Emilie Gervais"], roles=[VP, ("responsable recrutement", None)]),
    P("Jean-Marc Gomis", ["Jean-Marc Gomis"], roles=[VP, ("directeur informatique", None)]),
    P("Antonio Guell", ["Antonio Guell"], roles=[VP]),              # "spécialiste en télésanté": a specialty, not a post
    P("Henry Vincent", ["Henry Vincent"], roles=[VP, ("Vincent ([gérant]", None)]),
    M("550 adhérents", MN, 550, "adhérents"),
]
UNANNOTATED = []
