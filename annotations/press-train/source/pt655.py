# pt655 — mayottehebdo.com, first start-up week-end in Mayotte (2021)
BODY_END = None
ADIM = "agence de développement et d’innovation de Mayotte"
GEMTIC = "groupement des entreprises mahoraises des technologies, de l’information et de la communication"

RECORDS = [
    P("Zamimou Ahamadi", ["Zamimou Ahamadi"], roles=[("présidente", ADIM)]),
    P("Abdallah Hachim", ["Abdallah Hachim"], roles=[(None, "Jua School")]),   # "Mon entreprise", under the Jua School heading

    O(ADIM, "public_body", ["[" + ADIM + "] (ADIM)", ADIM + " ([ADIM])", "l’[ADIM] Zamimou"], aliases=["ADIM"]),
    O(GEMTIC, "association", ["[" + GEMTIC + "] (GEMTIC)", GEMTIC + " ([GEMTIC])"], aliases=["GEMTIC"]),
    O("Jua School", "company", ["Jua School"]),

    L("Mayotte", [("Mayotte", 1), ("Mayotte", 4)]),
    L("pôle d’excellence rurale de Coconi", ["pôle d’excellence rurale (PER) de Coconi", "pôle d’excellence rurale de Coconi"]),

    A("25.000 euros", 25000, to="Jua School"),

    D("14 au 16 octobre", "XXXX-10-14", value_end="XXXX-10-16"),
    D("jeudi dernier", None, relative=True),
    D("Deux jours plus tard", None, relative=True),
    D("février 2021", "2021-02"),
]

UNANNOTATED = [("Mayotte", 3, "inside the event name 'start-up week-end Mayotte'")]
