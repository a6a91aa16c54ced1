# pt212: polemermediterranee.com, 200 projects funded for the pôle's 10 years (20th FUI call).
BODY_START = None
BODY_END = None

PMM = "Pôle Mer Méditerranée"
RECORDS = [
    O("Régions de France", "association", ["Régions de France"]),
    O(PMM, "association", [(PMM, 1), (PMM, 2)]),
    O("Suez Environnement", "company", ["Suez Environnement"]),
    O("SISPIA", "company", ["SISPIA"]),
    O("EVOSENS", "company", ["EVOSENS"]),
    O("LABOCEA", "education_research", ["LABOCEA"]),
    O("CNRS DR 17 – BRETAGNE", "education_research", ["CNRS DR 17 – BRETAGNE"]),
    O("Ifremer", "education_research", ["Ifremer"]),
    O("Laboratoire d’Océnographie de Villefranche", "education_research",
      ["LOV", "Laboratoire d’Océnographie de Villefranche"], aliases=["LOV"]),
    O("Mer Bretagne Atlantique", "association", ["Mer Bretagne Atlantique"]),
    O("Advancity", "association", ["Advancity"]),

    A("de[41 M€]", 41000000),
    A("539 millions d’euros", 539000000),
    A("4 380K€", 4380000),

    D("annoncé [vendredi]", None, relative=True),
]
UNANNOTATED = []
