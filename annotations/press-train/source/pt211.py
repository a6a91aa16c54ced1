# pt211: doczz.fr transcription of a Pôle Mer Bretagne press release (2010).
BODY_START = "Communiqué de presse, jeudi"  # the file-name lines and "Transcription" are the host's chrome
BODY_END = None

PMB = "Pôle Mer Bretagne"
RECORDS = [
    P("Jacques Weber", ["Jacques Weber"], roles=[("économiste", "CIRAD")]),

    O(PMB, "association", [(PMB, 1), (PMB, 2), (PMB, 3), (PMB, 4), "Pôle Mer\nBretagne"]),
    O("CIRAD", "education_research", ["CIRAD"]),
    O("Pôle Mer PACA", "association", ["Pôle Mer PACA"]),

    L("Plougastel Daoulas", ["Plougastel Daoulas"]),

    D("jeudi 8 avril 2010", "2010-04-08"),
    D("mercredi 7 avril", "XXXX-04-07"),
    D("assemblée générale [2010] :", "2010"),
    D("cette année", None, relative=True),
    D("juin 2008", "2008-06"),
]
UNANNOTATED = []
