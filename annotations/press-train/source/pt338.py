# pt338 — rci.fm, Martinique, Roland Ratenan (Martinique Digitale) after Innovation Outre-Mer
BODY_START = None
BODY_END = None
# "Innovation Outre-Mer": a contest (event). "À LIRE AUSSI …": related link, no name in it.
# "a été créée par Mathieu Raad": a verb of creation, no role (§4); "(Ndlr : médecin)": a profession.

RECORDS = [
    P("Roland Ratenan", [("Roland Ratenan", 1), ("Roland Ratenan", 2)],
      roles=[("Ratenan, [président] de Martinique", "Martinique Digitale")]),
    P("Mathieu Raad", ["Mathieu Raad"],
      roles=[("médecin", None)]),

    O("SmartBiotic", "company", [("SmartBiotic", i) for i in range(1, 5)]),
    O("Martinique Digitale", "other", [("Martinique Digitale", 1), ("Martinique Digitale", 2)]),
    O("RCI Martinique", "media", ["RCI Martinique"]),

    L("Martinique", ["Tech en [Martinique]"]),
    L("Londres", ["Londres"]),

    D("la [semaine dernière]. Invité", None, relative=True),
    D("mercredi (27 novembre)", "XXXX-11-27"),
    D("La [semaine dernière], s’est", None, relative=True),
    D("mercredi 27 novembre", "XXXX-11-27"),
]

UNANNOTATED = []
