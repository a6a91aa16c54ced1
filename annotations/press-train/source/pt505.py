BODY_START = "L’Agence de développement"   # the store's " date 2022-10 " prefix is chrome
BODY_END = None

RECORDS = [
    P("Audrey Brun Rabuel", [("Audrey Brun Rabuel", 1), ("Audrey Brun Rabuel", 2)],
      roles=[("La nouvelle [directrice] Audrey", "Agence de développement de la Région Sud")]),
    P("Bernard Kleynhoff", [("Bernard Kleynhoff", 1), ("Bernard Kleynhoff", 2), ("Bernard Kleynhoff", 3)],
      roles=[("le [président], insiste", "Agence de développement de la Région Sud")]),
    P("Grégory Vincent", ["Grégory Vincent"],
      roles=[("est [directeur général adjoint attractivité , export & internationalisation]",
              "Agence de développement de la Région Sud"),
             # the Comité is an internal body of Business France ("plusieurs fonctions au sein de")
             ("[secrétaire général du Comité d'orientation et de suivi des projets d'investissements étrangers]", "Business France")]),

    O("Agence de développement de la Région Sud", "public_body",
      ["Agence de développement de la Région Sud"]),
    O("Business France", "public_body", ["Business France"]),

    L("Aix-en-Provence", ["Aix-en-Provence"]),
    L("France", ["en [France], en Italie"]),
    L("Italie", ["Italie"]),
    L("États-Unis", ["États-Unis"]),

    D("cette [rentrée 2022]", "2022-09"),
    D("entre [2018 et 2022]", "2018", value_end="2022"),
]

UNANNOTATED = []
