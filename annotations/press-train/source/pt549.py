BODY_START = None
BODY_END = None
# "JCA :" are the interviewee's initials (no person); "Direction du développement" an internal
# unit; "Fonds Social Européen" a programme.

RECORDS = [
    P("Jean Christophe Angelini", ["Jean Christophe Angelini"],
      roles=[("exerce la [présidence] de l’ADEC", "ADEC", "président"),
             (None, "Assemblée de Corse")]),   # "au sein de l’Exécutif de l’Assemblée de Corse"

    O("ADEC", "public_body", [("ADEC", 1), ("ADEC", 2), ("ADEC", 3), ("ADEC", 4)]),
    O("Assemblée de Corse", "public_body", ["Assemblée de Corse"]),
    O("DIRECTE", "public_body", ["DIRECTE"]),
    O("Pôle Emploi", "public_body", ["Pôle Emploi"]),

    L("Aiacciu", ["Aiacciu"]),

    A("10 M€", 10000000, to="ADEC"),

    D("Dès [cette année]", None, relative=True),
    D("en [2016]", "2016"),
    D("rapport à [2015]", "2015"),
]

UNANNOTATED = []
