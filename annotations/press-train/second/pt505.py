# pt505 (second annotation, annotator 4) — the Région Sud development agency's new organisation (2022).
BODY_START = "L’Agence de développement de la Région Sud"
BODY_END = None

RECORDS = [
    O("Agence de développement de la Région Sud", "public_body", ["Agence de développement de la Région Sud"]),
    D("cette [rentrée 2022]", "2022-09"),
    P("Audrey Brun Rabuel", [("Audrey Brun Rabuel", 1), ("Audrey Brun Rabuel", 2)],
      roles=[("nouvelle [directrice]", "Agence de développement de la Région Sud")]),
    P("Bernard Kleynhoff", [("Bernard Kleynhoff", 1), ("Bernard Kleynhoff", 2), ("Bernard Kleynhoff", 3)],
      roles=[("le [président]", "Agence de développement de la Région Sud")]),
    L("Aix-en-Provence", ["Aix-en-Provence"]),
    P("Grégory Vincent", ["Grégory Vincent"],
      roles=[("[directeur général adjoint attractivité , export & internationalisation]",
              "Agence de développement de la Région Sud"),
             ("[secrétaire général du Comité d'orientation et de suivi des projets d'investissements étrangers]", "Business France")]),
    O("Business France", "public_body", ["Business France"]),  # "plusieurs fonctions": no title
    L("France", ["en [France]"]),
    L("Italie", ["Italie"]),
    L("États-Unis", ["États-Unis"]),
    D("entre [2018 et 2022]", "2018", value_end="2022"),
]

UNANNOTATED = []
