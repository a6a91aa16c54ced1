# pt905 — telecom-valley.fr, final of Telecom Valley's student start-up challenge: co-presidents and jury (2021)
BODY_START = None
BODY_END = None
TV = "Telecom Valley"
COPRES = ("[coprésidents] de Telecom Valley", TV)

RECORDS = [
    O(TV, "association", [(TV, i) for i in range(1, 5)]),
    D("[16 mars 2021]", "2021-03-16"),                    # publication stamp
    D("[mardi 15 mars]", "XXXX-03-15"),
    P("Agnès Farrugia", ["Agnès Farrugia"]),               # byline
    D("[Mardi soir]", None, relative=True),
    O("Inria", "education_research", ["Inria"]),
    L("Côte d’Azur", ["sur la [Côte d’Azur]"]),
    D("depuis [1991]", "1991"),
    D("fêtait [mardi]", None, relative=True),
    D("[octobre 2021]", "2021-10"),
    D("en [novembre]", "XXXX-11"),
    P("Frédéric Bossard", ["Frédéric Bossard"], roles=[COPRES]),
    P("Jean-François Carrasco", ["Jean-François Carrasco"], roles=[COPRES]),
    # the jury is the challenge's (an event), not an organization's: its chair gets no organization
    P("Brice Farrugia", ["Brice Farrugia"],
      roles=[("[Présidé] par Brice", None, "président du jury"),
             (None, "Fondation Université Côte d’Azur")]),   # sits "pour la Fondation"
    O("Fondation Université Côte d’Azur", "education_research", ["Fondation Université Côte d’Azur"]),
    P("Farouk Raïs", ["Farouk Raïs"], roles=[("[directeur délégué] de la French", "French Tech Côte d’Azur")]),
    O("French Tech Côte d’Azur", "other", ["French Tech Côte d’Azur"]),
    P("Leonid Synyukov", ["Leonid Synyukov"]),             # his parenthesis is cut by the excerpt's end
]
UNANNOTATED = []
