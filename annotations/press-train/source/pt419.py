# pt419 — entreprise-angers.com, Maine Labs and Angers Numérique join for the Cantine Numérique project.
BODY_START = None
BODY_END = None

RECORDS = [
    # "Cantine Numérique" here is the label / project, not an organization
    O("Maine Labs", "association", [("Maine Labs", 1), ("Maine Labs", 2)]),
    O("Angers Numérique", "association",
      [("Angers Numérique", 1), ("Angers Numérique", 2), ("Angers Numérique", 3), ("Angers Numérique", 4),
       ("Angers Numérique", 5)]),
    L("Angers", ["A [Angers]"]),
    P("Mickaël Esnault", ["Mickaël Esnault"],
      roles=[("actuel [président] d’Angers", "Angers Numérique")]),
]

UNANNOTATED = []
