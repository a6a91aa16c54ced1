BODY_START = "Étienne Leroi :"   # "pub": advertising slot
BODY_END = None
# "É. L." are the interviewee's initials (no person); "la Région", "la CCI": generic.

GEN = "Grand E-Nov"
RECORDS = [
    P("Étienne Leroi", ["Étienne Leroi"],
      roles=[("Leroi : [président] Grand", GEN),
             ("[Membre titulaire] de la CCI", "CCI Grand Est"),
             ("[DIRECTEUR GÉNÉRAL] de NSC", "NSC Schlumberger")]),

    O(GEN, "public_body", [(GEN, 1), (GEN, 2), (GEN, 3)]),
    O("CCI Grand Est", "public_body", ["CCI Grand Est"]),
    O("NSC Schlumberger", "company", ["NSC Schlumberger"]),
    O("Alsace Innovation", "other", ["Alsace Innovation"]),

    L("Grand Est", ["l’innovation du [Grand Est], a pris", "l’échelle du [Grand Est], les"]),
    L("Alsace", ["en [Alsace] qu’auparavant"]),
    L("Lorraine", ["Lorraine"]),
    L("Champagne-Ardenne", ["Champagne-Ardenne"]),

    A("2500 €", 2500),
    # "le million d’€" (1e6 EUR, a turnover threshold): the checker still reads no number in it, left out

    D("27 janvier dernier", None, relative=True),
]

UNANNOTATED = []
