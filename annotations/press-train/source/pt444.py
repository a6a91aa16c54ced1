# pt444 — lemondeinformatique.fr, the 1Kubator accelerator raises 3.6 M€.
BODY_START = None
BODY_END = None

RECORDS = [
    O("1Kubator", "other", ["1Kubator"]),
    L("Lyon", ["Lyon"]),
    L("Bordeaux", ["Bordeaux"]),
    L("Nantes", ["Nantes"]),
    L("Rennes", ["Rennes"]),
    D("créé en [2015]", "2015"),
    P("Alexandre Fourtoy", ["Alexandre Fourtoy"]),  # "créé … par": a verb of creation, no role (§4)
    A("3,6 millions d’euros", 3600000, to="1Kubator",
      by=["Fonds French Tech Accélération", "Groupe Télégramme", "BNP Paribas", "Banque Populaire", "Serfim Groupe"]),
    O("Fonds French Tech Accélération", "other", ["Fonds French Tech Accélération"]),
    O("Bpifrance", "public_body", ["Bpifrance"]),
    A("1,8 million d’euros", 1800000, to="1Kubator", by=["Fonds French Tech Accélération"]),
    O("Groupe Télégramme", "company", ["Groupe Télégramme"]),
    O("BNP Paribas", "company", ["BNP Paribas"]),
    O("Banque Populaire", "company", ["Banque Populaire"]),
    O("Serfim Groupe", "company", ["Serfim Groupe", "dont une ETI lyonnaise, [Serfim]"], aliases=["Serfim"]),
    D("levée réalisée [cette année]", None, relative=True),
    D("En [mars dernier]", None, relative=True),
    A("4 millions d’euros", 4000000, to="1Kubator", by=["Serfim Groupe"]),
]

UNANNOTATED = []
