# pt918 — telecom-valley.fr (relaying tribuca.net), Telecom Valley's virtual general meeting: co-presidents, officials (2020)
BODY_START = None
BODY_END = None
TV = "Telecom Valley"
COPRES = ("les [co-présidents] Franck", TV)

RECORDS = [
    O(TV, "association", [(TV, i) for i in range(1, 6)]),
    D("[9 avril 2020]", "2020-04-09"),                  # publication stamp
    P("Pierre-Olivier Burdin", ["Pierre-Olivier Burdin"]),   # byline
    P("Jean-François Carrasco", ["Jean-François Carrasco"]),   # "maître de cérémonie" of the meeting: an event's role, no title (§16)
    D("du [31 mars]", "XXXX-03-31"),
    P("Jean Leonetti", [("Jean Leonetti", 1), ("Jean Leonetti", 2)],
      roles=[("Leonetti, [maire] d’Antibes", None),       # the town is only a place here
             ("[président] de la CASA", "CASA")]),
    L("Antibes Juan-les-Pins", ["Antibes Juan-les-Pins"]),
    O("CASA", "public_body", ["CASA"]),
    P("Françoise Bruneteaux", ["Françoise Bruneteaux"],
      roles=[("[vice-présidente numérique] à la Région", "Région Sud")]),
    O("Région Sud", "public_body", ["Région Sud"]),
    L("Sophia", ["« [Sophia] a une force"]),
    P("Franck Lavagna", ["Franck Lavagna"], roles=[COPRES]),
    P("Frédéric Bossard", ["Frédéric Bossard"], roles=[COPRES]),
    D("Une année [2019]", "2019"),
    D("actions en [2019]", "2019"),
    D("le pied [cette année]", None, relative=True),
]
UNANNOTATED = []
