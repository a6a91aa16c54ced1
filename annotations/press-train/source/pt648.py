# pt648 — le7.info, the Technopole Grand Poitiers to be relaunched (2021)
BODY_START = "Deux ans après sa création"     # "Aujourd'hui" above is the site's rubric
BODY_END = None
TGP = "Technopole Grand Poitiers"

RECORDS = [
    P("Sylvie Plumet", [("Sylvie Plumet", i) for i in range(1, 4)], roles=[("présidente", TGP)]),
    P("Alain Claeys", ["Alain Claeys"], roles=[("président(e)", TGP, "président")]),   # "a succédé à Alain Claeys dans le fauteuil de président(e)"
    P("Cyril Gomel", ["Cyril Gomel"], roles=[("le [directeur] Cyril", TGP)]),          # "des dix permanents de la structure"

    O(TGP, "association", [(TGP, i) for i in range(1, 4)]),
    # §16: "le Centre d'entreprises et d'innovation" (the CEI): a capitalized common noun with no proper part, no mention
    O("Rétis", "other", ["Rétis"]),
    O("Grand Poitiers", "public_body", ["élus à [Grand Poitiers]"]),

    L("Poitiers", ["gare de [Poitiers]"]),
    L("Chasseneuil", ["Chasseneuil"]),

    D("en [2017]", "2017"),
    D("année [2020]", "2020"),
]

UNANNOTATED = []
