# pt324 — gazettenpdc.fr, Hauts-de-France, French Tech Lille turns ten (2023)
BODY_START = None
BODY_END = None
# "la French Tech", «French Tech», "le French Tech": the label; «French Tech Night»: an event.

RECORDS = [
    P("Sam Dahmani", ["Sam Dahmani"],
      roles=[("[directeur général délégué] à la French", "French Tech Lille")]),
    P("Yves Delnatte", ["Yves Delnatte"],
      roles=[("[co-président] et co-founder", "Altruwe"),
             ("co-président et [co-founder]", "Altruwe")]),
    P("Manuel Davy", ["Manuel Davy"],
      roles=[("[CEO] de Vekia", "Vekia")]),

    O("French Tech Lille", "other", [("French Tech Lille", 1), ("French Tech Lille", 2), ("French Tech Lille", 3)]),
    O("CCI Grand Lille", "public_body", [("CCI Grand Lille", 1), ("CCI Grand Lille", 2)]),
    O("EuraTechnologies", "other", [("EuraTechnologies", 1), ("EuraTechnologies", 2)]),
    O("Panier Bleu", "other", ["Panier Bleu"]),
    O("Altruwe", "company", ["Altruwe"]),
    O("Vekia", "company", ["Vekia"]),

    L("Québec", ["Québec"]),

    D("du [17 octobre]", "XXXX-10-17"),
    D("Ce [17 octobre]", "XXXX-10-17"),
    D("quatre ans plus tôt", None, relative=True),
    D("en [2009]", "2009"),
]

UNANNOTATED = []
