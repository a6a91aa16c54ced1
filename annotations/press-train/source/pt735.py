# pt735 — gazettenormandie.fr, the Normandy Region renews its sector contract with Normandie AeroEspace (2023)
BODY_START = None
BODY_END = None
NAE = "Normandie AeroEspace"
RN = "Région Normandie"

RECORDS = [
    O(NAE, "other", [(NAE, 1), "avec [NAE]", (NAE, 2), "([NAE])", "président de [NAE]", "flexibilité de [NAE]"], aliases=["NAE"]),
    O(RN, "public_body", [(RN, 1), (RN, 2)]),
    A("2,8 millions d’euros", 2800000, by=[RN]),      # "La Région ... alloués aux entreprises via une contractualisation avec NAE"
    P("Philippe Eudeline", [("Philippe Eudeline", i) for i in range(1, 4)],
      roles=[("Eudeline, [président]", NAE), ("le [président] du réseau", NAE)]),
    P("Sophie Gaugain", [("Sophie Gaugain", 1), ("Sophie Gaugain", 2)]),
    D(("ce [5 avril]", 1), "XXXX-04-05"),
    D(("ce [5 avril]", 2), "XXXX-04-05"),
    L("Ménilles", [("Ménilles", i) for i in range(1, 4)]),
    D(("2023-2025", 1), "2023", value_end="2025"),
    D(("2023-2025", 2), "2023", value_end="2025"),
    O("Aletheia Press", "company", [("Aletheia Press", 1), ("Aletheia Press", 2)]),   # photo credit agency
    P("L. Brémont", [("L. Brémont", 1), ("L. Brémont", 2)]),
    D("Ce [5 avril]", "XXXX-04-05"),
    L("Eure", ["Eure"]),
    D(("2023-2025", 3), "2023", value_end="2025"),
    D("février 2020", "2020-02"),
    D("un mois plus tard", None, relative=True),
]
UNANNOTATED = []
