# pt811 — tendanceouest.com, the "Y a d'l'idée" innovation contest in Normandy, 2015 winners
BODY_START = "Pour Gilles Lemaréchal"     # " date 2021-10 ": store prefix
BODY_END = None

RECORDS = [
    P("Gilles Lemaréchal", [("Gilles Lemaréchal", 1), ("Gilles Lemaréchal", 2)],
      roles=[("Lemaréchal, [directeur] de Seinari", "Seinari"),
             ("le [directeur] de conclure", "Seinari")]),     # the same title again, same person
    P("Alexia Lemoine", [("Alexia Lemoine", 1), ("Alexia Lemoine", 2)],
      roles=[("directrice adjointe", "Miriade")]),
    P("Grégory Deren", ["Grégory Deren"]),          # "porteur du projet": agent noun of a project (§16)
    P("Hélène Bégard", ["Hélène"]),                 # "Hélène & Rodolphe Bégard": the shared surname
    P("Rodolphe Bégard", ["Rodolphe Bégard"]),
    P("Hugo Kajdas", ["Hugo Kajdas"]),              # "a créé": no role (§15)

    O("Seinari", "other", ["Seinari"]),
    O("Miriade", "other", ["Miriade"]),
    O("Wombee", "company", [("Wombee", 1), ("Wombee", 2)]),       # "Catégorie Jeune entreprise"
    O("HorseCom", "company", [("HorseCom", 1), ("HorseCom", 2)]),

    L("Normandie", [("Normandie", 1), ("Normandie", 2), ("Normandie", 3)]),

    A("10 000€", 10000),                            # the prize; the organizers are not said to give it
    D("concours [2015]", "2015"),
]

# "Sauréa": a project ("porteur du projet Sauréa"), not an organization (§16).
UNANNOTATED = []
