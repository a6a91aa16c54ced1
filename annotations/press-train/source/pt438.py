# pt438 — horizons-journal.fr, second anniversary of the Village by CA of Châteaudun.
BODY_START = None
BODY_END = None

RECORDS = [
    # "le Village", "ce Village": common-noun anaphora
    O("Village by CA", "other", [("Village by CA", 1), ("Village by CA", 2), ("Village by CA", 3)]),
    L("Châteaudun", [("Châteaudun", 1), ("Châteaudun", 2), ("Châteaudun", 3)]),
    O("Banque centrale européenne", "public_body",
      [("Banque centrale européenne", 1), "[Banque centrale européenne] (BCE)", "Banque centrale européenne ([BCE])", "de la [BCE] sur"], aliases=["BCE"]),
    P("Benoît Cœuré", [("Benoît Cœuré", 1), ("Benoît Cœuré", 2)],
      roles=[("[membre du directoire]", "Banque centrale européenne"),
             ("six [directeurs]", "Banque centrale européenne"),
             ("exposé du [directeur] de la BCE", "Banque centrale européenne")]),
    L("Les Champs du Possible - Xavier-Beulin", [("Les Champs du Possible - Xavier-Beulin", 1),
                                                ("Les Champs du Possible - Xavier-Beulin", 2)]),
    D("le [4 octobre] à", "XXXX-10-04"),
    D("le [4 octobre], pour", "XXXX-10-04"),
    P("Sophie Brocas", [("Sophie Brocas", 1), ("Sophie Brocas", 2)], roles=[("la [préfète]", None)]),
    O("LEAP de Nermont", "education_research", ["LEAP de Nermont"]),
    P("Philippe Vigier", ["Philippe Vigier"], roles=[("son [président] Philippe", "Village by CA")]),
    P("Laurence Lebrun-Renoult", [("Laurence Lebrun-Renoult", 1), ("Laurence Lebrun-Renoult", 2)],
      roles=[("la [directrice] du Crédit", "Crédit agricole Val de France")]),
    O("Crédit agricole Val de France", "company", ["Crédit agricole Val de France"]),
    D("installé en [2015]", "2015"),
    D("labellisé en [2016]", "2016"),
    L("Paris", ["Paris"]),
]

UNANNOTATED = []
