BODY_START = "À partir du"   # the store's " date 2021-01 " prefix is chrome
BODY_END = None
# "Chèque France Num" is an aid scheme, not an organization.

RECORDS = [
    P("Bruno Le Maire", [("Bruno Le Maire", 1), ("Bruno Le Maire", 2)],
      roles=[("le [ministre de l’Économie, des Finances et de la Relance]", None),
             ("le [patron] de Bercy", None)]),

    O("agence des services de paiement", "public_body", ["agence des services de paiement"]),
    O("Journal officiel", "media", ["Journal officiel", "au [J.O.] ainsi"]),

    L("Bercy", ["Bercy"]),

    A(("500 euros", 1), 500),
    A(("500 euros", 2), 500),
    A("1 500 euros", 1500),

    D("À partir du [28 janvier], il", "XXXX-01-28"),
    D("novembre 2020", "2020-11"),
    D("mois de [janvier 2021]", "2021-01"),
    D("28 janvier 2021", "2021-01-28"),
    D("le [même jour]", None, relative=True),
    D(("30 octobre 2020", 1), "2020-10-30"),
    D(("30 octobre 2020", 2), "2020-10-30"),
]

UNANNOTATED = []
