# pt443 — start-scop.fr, portrait of the Coopérative Tiers Lieux (Gironde).
BODY_START = None
BODY_END = None

RECORDS = [
    O("Coopérative Tiers Lieux", "company", ["La [coopérative Tiers-lieux]", "Coopérative Tiers Lieux"]),  # §16: "SCIC", a legal form
    L("Gironde", [("Gironde", 1), ("Gironde", 2)]),
    L("Nouvelle-Aquitaine", ["Nouvelle-Aquitaine"]),
    D("SCIC\n\n[2016]", "2016"),  # the profile's year line
    L("Pomerol", ["Pomerol"]),
    D("Gironde, [fin 2010]", "2010", mod="END"),
    O("L’Arrêt Minute", "other", ["L’Arrêt Minute", "de l’[Arrêt Minute]", "par l’[Arrêt Minute]"]),
    L("Aquitaine", [("Aquitaine", 2)]),  # §16: the 3rd is inside the programme's name
    P("Lucile Aigron", ["Lucile Aigron"], roles=[("[fondatrice] de l’Arrêt", "L’Arrêt Minute")]),
    P("Marie-Laure Cuvelier", ["Marie-Laure Cuvelier"]),  # "qui co-crééait … le Node": a verb of creation, no role (§4)
    O("Node", "other", ["Node"]),
    L("Bordeaux", ["Bordeaux"]),
    P("Philippe Lutringer", ["Philippe Lutringer"]),
    L("Médoc", ["Médoc"]),
    D("En [2013]", "2013"),
]

UNANNOTATED = [("Aquitaine", 3, "inside the programme name « Tiers-Lieux, travailler autrement en Aquitaine » (§16)")]
