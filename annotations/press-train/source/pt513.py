BODY_START = None
BODY_END = None

R = "Région Hauts de France"
RECORDS = [
    P("Michel Rousseau", ["Michel Rousseau"],
      roles=[("Rousseau, [fondateur] de la Fondation", "Fondation Concorde")]),

    O("Medef", "association", ["par le [Medef] en", "les [Medef] ou"]),
    O("Fondation Concorde", "other", ["Fondation Concorde"]),
    O(R, "public_body", [(R, 1), (R, 2)]),
    O("Plaine Images", "other", ["Plaine Images"]),   # "l'incubateur Plaine Images"

    L("Lille", ["Lille"]),

    # the Fonds Régional d'Incubation (an aid scheme of the Région) caps its aid
    A("plafonnée à [15 000 €]", 15000, qualifier="under"),  # §16: a per-project aid cap, no funding link
    A("25 000 €", 25000, qualifier="under"),  # §16: idem

    D("Medef en [2018]", "2018"),
]

UNANNOTATED = []
