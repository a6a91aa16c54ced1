# c07 — invented: a federation's conseil d'administration "Le nouveau conseil réunit : A (B), présidente ; … ; E (F) ; G (H)." (';' items, untitled members) and a counter-example "A, présidente de la start-up B" (the title at the start-up)
BODY_START = None
BODY_END = None
FENE = "Fédération des entreprises numériques de l'Erdre"
CA = ("Le nouveau [conseil] réunit", FENE, "membre du conseil d'administration")   # untitled members of the board (§15)

RECORDS = [
    L("Nantes", ["Nantes"]),
    O(FENE, "association", [FENE, ("FENE", 1), ("FENE", 2)], aliases=["FENE"]),
    D("le [6 juin]", "XXXX-06-06"),
    P("Pauline Ménard", [("Pauline Ménard", 1), ("Pauline Ménard", 2)],
      roles=[(None, "Loirecode"), ("(Loirecode), [présidente]", FENE)]),
    O("Loirecode", "company", ["Loirecode"]),
    P("Samuel Guérin", ["Samuel Guérin"], roles=[(None, "Brière Analytics"), ("Analytics), [vice-président]", FENE)]),
    O("Brière Analytics", "company", ["Brière Analytics"]),
    P("Fatou Diallo", ["Fatou Diallo"], roles=[(None, "Estuaire Cyber"), ("Cyber), [trésorière]", FENE)]),
    O("Estuaire Cyber", "company", ["Estuaire Cyber"]),
    P("Gildas Ollivier", ["Gildas Ollivier"], roles=[(None, "Mauves Informatique"), ("Informatique), [secrétaire]", FENE)]),
    O("Mauves Informatique", "company", ["Mauves Informatique"]),
    P("Chloé Perraud", ["Chloé Perraud"], roles=[CA, (None, "Tugdual Conseil")]),
    O("Tugdual Conseil", "company", ["Tugdual Conseil"]),
    P("Nicolas Bretagnolle", ["Nicolas Bretagnolle"], roles=[CA, (None, "Sillon Data")]),
    O("Sillon Data", "company", ["Sillon Data"]),
    M("[230 entreprises adhérentes]", FENE, 230, "entreprises adhérentes"),
    P("Vincent Lemasson", ["Vincent Lemasson"], roles=[("son [délégué général]", FENE)]),
    # the counter-example: her title is at her start-up; she joins the federation's board untitled
    P("Inès Khelifi", ["Inès Khelifi"],
      roles=[("[présidente] de la start-up", "Nautilia"),
             ("rejoint le [conseil]", FENE, "membre du conseil d'administration")]),
    O("Nautilia", "company", ["Nautilia"]),
    # "Assises du numérique ligérien": an event
    D("en [janvier 2025]", "2025-01"),
]
UNANNOTATED = []
