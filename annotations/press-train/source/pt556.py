BODY_START = None
BODY_END = None
# "l'association French Tech": only the bare label is written (press-dev: no record), so the
# president's role has no organization; "la Métropole": generic; Clermont Innovation Week: an event.

RECORDS = [
    P("Olivier Bernasson", ["Olivier Bernasson"],
      roles=[("[présidée] par Olivier", None, "président")]),

    L("Vichy", ["Vichy"]),
    L("Issoire", ["Issoire"]),
    L("Riom", ["Riom"]),

    D("fin mars", "XXXX-03", mod="END"),
    D("depuis [2016]", "2016"),
]

UNANNOTATED = []
