# pt443 — start-scop.fr, portrait of the Coopérative Tiers Lieux (Gironde).
BODY_START = None
BODY_END = None

RECORDS = [
    O("Coopérative Tiers Lieux", "other", ["La [coopérative Tiers-lieux]", "Coopérative Tiers Lieux"]),
    L("Gironde", [("Gironde", 1), ("Gironde", 2)]),
    L("Nouvelle-Aquitaine", ["Nouvelle-Aquitaine"]),
    D("SCIC\n\n[2016]", "2016"),  # the profile's year line
    L("Pomerol", ["Pomerol"]),
    D("Gironde, [fin 2010]", "2010", mod="END"),
    O("L’Arrêt Minute", "other", ["L’Arrêt Minute", "de l’[Arrêt Minute]", "par l’[Arrêt Minute]"]),
    L("Aquitaine", [("Aquitaine", 2), ("Aquitaine", 3)]),
    P("Lucile Aigron", ["Lucile Aigron"], roles=[("[fondatrice] de l’Arrêt", "L’Arrêt Minute")]),
    P("Marie-Laure Cuvelier", ["Marie-Laure Cuvelier"]),  # "qui co-crééait … le Node": a verb of creation, no role (§4)
    O("Node", "other", ["Node"]),
    L("Bordeaux", ["Bordeaux"]),
    P("Philippe Lutringer", ["Philippe Lutringer"]),
    L("Médoc", ["Médoc"]),
    D("En [2013]", "2013"),
]

UNANNOTATED = []
