# pt719 — lagazettefrance.fr, Côte d'Opale business clubs: Coudekerque entreprendre and its "Lundis du business"
BODY_START = None
BODY_END = None
FED = "Fédération des clubs de zone de la Côte d'Opale"
CE = "Coudekerque entreprendre"

RECORDS = [
    P("François Lavallée", [("François Lavallée", 1), ("François Lavallée", 2)],
      roles=[(("Lavallée, [président]", 1), FED), (("Lavallée, [président]", 2), FED)]),
    O(FED, "association", [(FED, 1), (FED, 2)]),
    # "D.R.": photo credit, not a person
    O(CE, "association", [(CE, 1), (CE, 2)]),
    L("Côte d’Opale", ["littoral [Côte d’Opale]", "fédérateurs de la [Côte d’Opale]"]),
    D("en [2007]", "2007"),
    P("Jean-Marc Picard", ["Jean-Marc Picard"], roles=[("son actuel [président]", CE)]),
    D("Quatre ans plus tard", None, relative=True),
    M("[40 des 160  entreprises]", CE, 40, "entreprises"),     # "Ses membres – le club regroupe 40 des 160 entreprises"
    L("Coudekerque-Branche", ["Coudekerque-Branche"]),
    L("Coudekerque-Village", ["Coudekerque-Village"]),
    D("Depuis [2011]", "2011"),
    P("Christian Fraud", ["Christian Fraud"], roles=[("Fraud, [directeur]", "Dunkerque promotion")]),
    O("Dunkerque promotion", "public_body", ["Dunkerque promotion"]),   # "l'agence de développement économique"
    P("Didier Cheval", ["Didier Cheval"], roles=[(None, "Arcelor")]),   # "Didier Cheval d'Arcelor"
    O("Arcelor", "company", ["Arcelor"]),
    P("Jean-Christophe Scheele", ["Jean-Christophe Scheele"]),
]
UNANNOTATED = []
