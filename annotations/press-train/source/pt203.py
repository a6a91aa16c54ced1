# pt203: pole-enr.corse.fr, Capenergies general assembly (2008).
BODY_START = None
BODY_END = None

RECORDS = [
    P("Pascale Amenc-Antoni", ["Pascale Amenc-Antoni", "Pascale AMENC-ANTONI"],
      roles=[("siège de [Présidente]", "Capenergies"),
             (None, "ITER")]),
    P("Serge DURAND", ["Serge DURAND"],
      roles=[("nouveau [Président] du pôle", "Capenergies")]),
      # "le Président a voulu": outgoing or new president, the text does not say (§4: unambiguous only)
    P("Valérie FOUDRIAT", ["Valérie FOUDRIAT"]),
    P("Jean-Christophe DELVALLET", ["Jean-Christophe DELVALLET"],
      roles=[("Directeur", "Capenergies")]),

    O("Capenergies", "association", [("Capenergies", 1), ("Capenergies", 2), "CAPENERGIES"]),
    O("ITER", "other", ["ITER"]),

    L("Corse", ["Corse"]),
    L("Principauté de Monaco", ["Principauté de Monaco"]),
    L("Guadeloupe", ["Guadeloupe"]),
    L("Ile de la Réunion", ["Ile de la Réunion"]),

    D("novembre 2005", "2005-11"),
    D("CAPENERGIES en [2007]", "2007"),
    D("l’[année 2008]", "2008"),
    D("3 avril dernier", None, relative=True),
]
UNANNOTATED = []
