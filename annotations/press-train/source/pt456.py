# pt456 — jean-zuccarelli.info (2013), the Incubateur Territorial de Corse, Inizià.
BODY_START = None
BODY_END = None

RECORDS = [
    O("Incubateur Territorial de Corse", "other",
      [("Incubateur Territorial de Corse", 1), ("Inizià", 1), ("Incubateur Territorial de Corse", 2), ("Inizià", 2),
       ("Incubateur Territorial de Corse", 3), ("Inizià", 3), ("Incubateur Territorial de Corse", 4)],
      aliases=["Inizià"]),
    D("Jeudi 17 Octobre 2013", "2013-10-17"),  # publication stamp
    D("Mardi 8 octobre 2013", "2013-10-08"),
    P("Jean Zuccarelli", [("Jean Zuccarelli", 1), ("Jean Zuccarelli", 2)],
      roles=[("[conseiller exécutif] de Corse", None),  # "de Corse": the place
             ("[Président] de l'ADEC", "ADEC")]),
    L("Corse", ["exécutif de [Corse]", "dont la [Corse]"]),
    O("ADEC", "other", [("ADEC", 1), ("ADEC", 2)]),
    P("Jacques Pomonti", ["Jacques Pomonti"],
      roles=[("[inspecteur général honoraire]", None),
             ("[président du Comité de sélection et de suivi]", "Incubateur Territorial de Corse")]),
    O("université de Corse", "education_research", ["université de Corse"]),
    L("Ajaccio", ["agglomération d’[Ajaccio]", "alternativement à [Ajaccio]"]),  # "les Communautés d'agglomération d'Ajaccio et Bastia": elliptic plural
    L("Bastia", ["Ajaccio et [Bastia] ou", "Corte et [Bastia]"]),
    L("Maison du parc technologique de Bastia", ["Maison du parc technologique de Bastia"]),
    D("depuis [2005]", "2005"),
    D("Au [début de l’année 2013]", "2013", mod="START"),
    L("Corte", ["Corte"]),
    O("Capenergies", "association", ["Capenergies"]),
    O("Ministère de l'enseignement supérieur et de la recherche", "public_body",
      ["Ministère de l'enseignement supérieur et de la recherche"]),
]

UNANNOTATED = []
