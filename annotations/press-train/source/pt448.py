# pt448 — francebleu.fr, Hey Coworking in Caen.
BODY_START = None
BODY_END = None

RECORDS = [
    D("[Ce jeudi]", None, relative=True),
    L("Caen", [("Caen", 1), ("Caen", 2), ("Caen", 3), ("Caen", 4), ("Caen", 5)]),
    O("Hey Coworking", "company",
      ["hey coworking", "Hey coworking", ("Hey Coworking", 1), ("Hey Coworking", 2), ("Hey Coworking", 3)]),
    D("ouverte [fin 2017]", "2017", mod="END"),
    L("France", ["France"]),
    D("en [novembre 2017]", "2017-11"),
    L("Rives de l’Orne", ["Rives de l’Orne"]),
    P("Emmanuelle Adamy", [("Emmanuelle Adamy", 1), ("Emmanuelle Adamy", 2)]),  # "créé par": no role (§4)
    P("Sylvain Rauch", [("Sylvain Rauch", 1), ("Sylvain Rauch", 2)],
      roles=[("[co-fondateur] de Hey", "Hey Coworking")]),
    O("Radio France", "media", ["Radio France"]),
    P("Jean-Baptiste Marie", ["Jean-Baptiste Marie"]),  # photo credit
]

UNANNOTATED = []
