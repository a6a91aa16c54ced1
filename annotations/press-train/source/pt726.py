# pt726 — gazette (rssing mirror), the Hauts-de-France cohort of the French Tech Tremplin prep presents its projects (2020)
BODY_START = None
BODY_END = None
PTE = "Pour Toi l’Entrepreneur"
E2C = "École de la 2e Chance"
CFTL = "Capitale French Tech Lille"

RECORDS = [
    L("Hauts-de-France", [("Hauts-de-France", i) for i in range(1, 4)]),
    P("Laurent Vitoux", [("Laurent Vitoux", 1), ("Laurent Vitoux", 2)],
      roles=[("[présidée] par Laurent", E2C, "président")]),              # "ses mentors": no post
    P("Madani Oulbekir", [("Madani Oulbekir", 1), ("Madani Oulbekir", 2)],
      roles=[("[co-fondée] par Madani", PTE, "co-fondateur")]),
    P("Valentine Ulgu-Servant", ["Valentine Ulgu-Servant"]),               # photo credit
    D("Mardi 25 février 2020", "2020-02-25"),
    L("Lille", [("Lille", 1), ("Lille", 2)]),
    L("Nord", ["Nord"]),
    O("Diversidays", "other", ["Diversidays"]),                           # "Lire aussi" line: names only
    O(PTE, "association", [(PTE, 1), (PTE, 2)]),
    D("ce [25 février]", "XXXX-02-25"),
    P("Sam Dahmani", ["Sam Dahmani"], roles=[("directeur général délégué", CFTL)]),
    O(CFTL, "other", [CFTL]),
    O("INSEE", "public_body", ["INSEE"]),
    D("6 janvier 2020", "2020-01-06"),
    O(E2C, "education_research", [E2C]),
]
UNANNOTATED = []
