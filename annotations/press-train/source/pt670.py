# pt670 — nantesdigitalstudy, a short history of digital Nantes
BODY_END = None

RECORDS = [
    P("Gérard Estival", ["Gérard Estival"], roles=[("créateur", None)]),   # "le créateur d'un réseau de business angels" (unnamed)

    O("Dubigeon", "company", ["chantiers navals [Dubigeon]"]),
    O("Royal de luxe", "other", ["Royal de luxe"]),
    O("STX", "company", ["STX"]),
    O("Airbus", "company", ["Airbus"]),
    O("Challenges", "media", ["Challenges"]),
    O("Voyages SNCF", "company", ["Voyages SNCF"]),
    O("Banque Populaire", "company", ["Banque Populaire"]),
    O("Système U", "company", ["Système U"]),
    O("ASI", "company", ["ASI"]),
    O("CapGemini", "company", ["CapGemini"]),
    O("ATS Accenture", "company", ["ATS Accenture"]),
    O("ADN Ouest", "association", ["ADN Ouest"]),
    O("CENIO", "association", ["CENIO"]),
    O("CRI OUEST", "association", ["CRI OUEST"]),
    O("Université de Nantes", "education_research", ["Université de Nantes"]),
    O("Audencia", "education_research", ["Audencia"]),
    O("Centrale Nantes", "education_research", ["Centrale Nantes"]),
    O("École de Design", "education_research", ["École de Design"]),
    O("Les Mines", "education_research", ["Les Mines"]),

    L("Nantes", [("Nantes", i) for i in (1, 2, 3, 5, 6)]),
    L("île de Nantes", ["île de Nantes"]),

    D("[1987]. Situés", "1987"),
    D("[1995]. Internet", "1995"),
    D("ASI ([1993])", "1993"),
    D("CapGemini ([1999])", "1999"),
    D("Accenture ([2003])", "2003"),
    D("[1998]. Le numérique", "1998"),
    D("En [septembre]", "XXXX-09"),
    D("Design ([1988])", "1988"),
]

UNANNOTATED = []
