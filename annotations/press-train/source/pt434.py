# pt434 — territoiresdinnovation.nc, interview of Christophe Carbou (ADECAL Technopole).
BODY_START = None
BODY_END = None

RECORDS = [
    O("gouvernement de la Nouvelle-Calédonie", "public_body", ["gouvernement de la Nouvelle-Calédonie"]),
    O("ADECAL Technopole", "other",
      ["ADECAL Technolopole", "ADECAL Technopole", ("ADECAL", 3), ("ADECAL", 4)],
      aliases=["ADECAL Technolopole", "ADECAL"]),  # "le Pôle Innovation de l'ADECAL": internal unit
    L("Caillou", ["Caillou"]),
    L("Nouvelle-Calédonie", ["» en [Nouvelle-Calédonie]", "Innovation en [Nouvelle-Calédonie]"]),
    P("Christophe Carbou", [("Christophe Carbou", 1), "Bonjour [Christophe].", ("Christophe Carbou", 2)],
      roles=[("son [directeur]", "ADECAL Technopole"),  # of its Pôle Innovation
             (None, "ADECAL Technopole")]),  # "je dirige le pôle Innovation rattaché a l'ADECAL Technopole"
    D("depuis [2014]", "2014"),
    O("Banque des Territoires", "public_body", ["Banque des Territoires"]),
]

UNANNOTATED = []
