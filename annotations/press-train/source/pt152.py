# Infos Dijon 2023: the minister announces the Capitale French Tech label of Bourgogne-Franche-Comté.
BODY_START = "03/02/2023 03:17"  # contact lines and breadcrumb above are chrome; the stamp is page metadata
BODY_END = None

B = "Bourgogne-Franche-Comté"
RECORDS = [
    P("Jean-Noël Barrot", [("Jean-Noël Barrot", n) for n in range(1, 4)],
      roles=[("Le [ministre] Jean-Noël", None),  # slip: title-line title had no role
             ("ministre délégué  chargé de la Transition numérique et des Télécommunications", None)]),
    P("Jean-Paul Medioni", ["Jean-Paul Medioni"], roles=[("président", "French Tech Bourgogne-Franche-Comté")]),

    O("village by CA Champagne-Bourgogne", "other", ["village by CA Champagne-Bourgogne"]),
    O("French Tech de Madrid", "other", ["French Tech de Madrid"]),
    O("French Tech Bourgogne-Franche-Comté", "other", ["French Tech Bourgogne-Franche-Comté"]),

    L(B, [(B, 1), (B, 2), (B, 3)]),
    L("Dijon", ["Dijon"]),
    L("Düsseldorf", ["Düsseldorf"]),
    L("Marne-la-Vallée", ["Marne-la-Vallée"]),
    L("La Réunion", ["La Réunion"]),
    L("Paris-Saclay", ["Paris-Saclay"]),
    L("France", ["France"]),

    D("03/02/2023", "2023-02-03"),
    D("[jeudi 2 février], à", "XXXX-02-02"),
    D("jeudi 2 février 2023", "2023-02-02"),
    D("il y a 10 ans", None, relative=True),
]
UNANNOTATED = []
