# Hand annotations of corpus/003_7aa5977024c3700f.txt ("L'aquitaine va-t-elle
# devenir la Silicon Valley à la française ?"). Read by annotations/build.py,
# which provides P, O, A, M, D. Locators: see build.py and GUIDELINES.md.

BODY_END = None  # no chrome

RECORDS = [
    # --- persons ---
    # "Président du conseil régional": the council is named generically (no
    # region in the phrase), so it is no organization record and the role's
    # organization is null.
    P("Alain Roussel", ["Alain Roussel"], roles=[("Président", None)]),
    P("Nicolas Leroy Fleuriot", ["Nicolas Leroy Fleuriot"]),  # "a racheté l'entreprise": no title

    # --- organizations ---
    # "les GAFA" names a group of companies, not an organization.
    O("Google", "company", ["Google"]),
    O("Apple", "company", ["Apple"]),
    O("Facebook", "company", ["Facebook"]),
    O("Amazon", "company", ["Amazon"]),
    O("HelloAsso", "company", ["HelloAsso"]),
    O("SamBoat", "company", ["SamBoat"]),
    O("Parking Facile", "company", ["Parking Facile"]),
    O("Cheops", "company", ["Cheops"]),
    O("Banquiz", "other", ["la [Banquiz]"]),  # an accelerator
    O("Aquinetic", "association", ["Aquinetic"]),  # "son pôle Aquinetic"
    O("Shinken Solutions", "company", ["Shinken Solutions"]),

    # --- amounts ---
    A("550.000 euros", 550_000),
    A("70 millions d'euros", 70_000_000),
    A("200 millions d'euros", 200_000_000),
    A("15 millions d'euros", 15_000_000),

    # --- dates ---
    D("feuille de route [2015-2017]", "2015", value_end="2017"),
    D("l'entreprise en [2004]", "2004"),
    D("février 2013", "2013-02"),
    D("d'ici 3 ans", None, relative=True),
]

UNANNOTATED = []
