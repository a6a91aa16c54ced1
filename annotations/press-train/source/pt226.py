# pt226: La Lettre M, Bruno Darboux elected president of Aerospace Valley.
BODY_START = None
BODY_END = None

AV = "Aerospace Valley"
CORAC = "Conseil pour la recherche aéronautique civile"
RECORDS = [
    P("Bruno Darboux", [("Bruno Darboux", 1), ("Bruno Darboux", 2)],
      roles=[("au poste de [président]", AV),
             ("directeur du développement de l’écosystème aérospatial", "Airbus"),
             (None, CORAC), (None, "IAEG"),
             (None, "Thales"), (None, "Honeywell"), (None, "ATR")]),
    P("Yann Barbaux", ["Yann Barbaux"], roles=[("présidait", AV, "président")]),

    O(AV, "association", [(AV, i) for i in (1, 2, 3, 4)]),
    O("Airbus", "company", [("Airbus", 1), ("Airbus", 2)]),
    O(CORAC, "other", ["Corac", CORAC], aliases=["Corac"]),
    O("IAEG", "association", ["IAEG"]),
    O("Isae-Supaéro", "education_research", ["Isae-Supaéro"]),
    O("Thales", "company", ["Thales"]),
    O("Honeywell", "company", ["Honeywell"]),
    O("ATR", "company", ["ATR"]),

    L("Occitanie", ["Occitanie"]),
    L("Nouvelle-Aquitaine", ["Nouvelle-Aquitaine"]),

    M("825 acteurs", AV, 825, "acteurs"),

    D("3 juillet", "XXXX-07-03"),
    D("depuis [2017]", "2017"),
]
UNANNOTATED = []
