# pt848 — tracesecritesnews.fr, the Grand Est network of labelled incubators and the Strasbourg incubator Semia
BODY_START = None
BODY_END = None
RGE = "Région Grand Est"

RECORDS = [
    P("Stéphane Chauffriat", [("Stéphane Chauffriat", 1), ("Stéphane Chauffriat", 2)],
      roles=[(("directeur", 1), "Semia"), (("directeur", 2), "Semia")]),   # the quote and the photo caption

    O(RGE, "public_body", [(RGE, i) for i in range(1, 4)]),
    O("Semia", "association", [("Semia", i) for i in range(1, 6)]),    # "L’association constituée en 2004"
    O("Technopole de l’Aube", "other", ["Technopole de l’Aube"]),
    O("Rimbaud Tech", "other", ["Rimbaud Tech"]),
    O("Innovact", "other", ["Innovact"]),
    O("Incubateur Lorrain", "other", ["Incubateur Lorrain"]),
    O("The Pool", "other", ["The Pool"]),

    L("Champagne-Ardenne", [("Champagne-Ardenne", 1), ("Champagne-Ardenne", 2)]),
    L("Lorraine", [("Lorraine", 1), ("Lorraine", 2)]),
    L("Alsace", [("Alsace", i) for i in range(1, 4)]),

    D("en [2018]", "2018"),
    D("création en [1999]", "1999"),
    D("constituée en [2004]", "2004"),
]

# "le conseil régional": no region written (§5); « Incubateurs d’excellence Grand Est »: a label.
UNANNOTATED = []
