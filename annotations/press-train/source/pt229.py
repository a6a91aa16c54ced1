# pt229: Entreprises Occitanie, pôle Cancer Bio Santé general assembly and bureau (2012).
BODY_START = None
BODY_END = None

CBS = "Cancer Bio Santé"
BUREAU = ("le [Bureau] tel qu'élu", CBS, "membre du bureau")   # members listed after the body (§15)
RECORDS = [
    P("Marielle Gaudois", ["Marielle Gaudois"], roles=[BUREAU, (None, "Biomedical Alliance")]),
    P("Xavier Tabary", ["Xavier Tabary"], roles=[BUREAU, (None, "Sanofi")]),
    P("Bruno Le Grand", ["Bruno Le Grand"], roles=[BUREAU, (None, "Pierre Fabre")]),
    P("Vincent Sibaud", ["Vincent Sibaud"]),
    P("Jean-Jacques Romatet", ["Jean-Jacques Romatet"], roles=[BUREAU, (None, "CHU Toulouse")]),
    P("Jean Daydé", ["Jean Daydé"], roles=[BUREAU, (None, "EI Purpan")]),
    P("Pierre Montoriol", [("Pierre Montoriol", 1), ("Pierre Montoriol", 2)],
      roles=[("[Président] du Pôle depuis", CBS),
             ("[président] d’Hemodia", "Hemodia"),
             (None, "CCI de Toulouse"),  # "élu à la CCI de Toulouse"
             ("à la [présidence] du Pôle CBS", CBS, "président")]),

    O(CBS, "association", ["pôle [Cancer Bio Santé]", "Cancer-Bio-Santé"] + [("CBS", i) for i in range(1, 7)],
      aliases=["CBS"]),
    O("Sanofi", "company", ["SANOFI", "Sanofi"]),
    O("Biomedical Alliance", "other", ["Biomedical Alliance"]),  # §16 kind (was association)
    O("Pierre Fabre", "company", ["Pierre Fabre"]),
    O("CHU Toulouse", "public_body", ["CHU Toulouse"]),
    O("EI Purpan", "education_research", ["EI Purpan"]),
    O("Hemodia", "company", ["Hemodia"]),
    O("CCI de Toulouse", "public_body", ["CCI de Toulouse"]),

    L("Toulouse", ["2012 à [Toulouse]"]),
    L("Midi-Pyrénées", ["Midi-Pyrénées"]),
    L("Limousin", ["Limousin"]),

    D("11 avril 2012", "2012-04-11"),
    D("Le [11 avril], le pôle", "XXXX-04-11"),
    D("2012-2015", "2012", value_end="2015"),
    D("juin 2009", "2009-06"),
    D("d’action [2012]", "2012"),
]
UNANNOTATED = []
