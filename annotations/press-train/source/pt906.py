# pt906 — adnouest.org, ADN Ouest's board elects its first woman president (2021)
BODY_START = None
BODY_END = None
ADN = "ADN Ouest"

RECORDS = [
    D("Ce [mardi 30 mars 2021]", "2021-03-30"),
    O(ADN, "association", [(ADN, i) for i in range(1, 6)]),
    P("Safia D’Ziri", [("Safia D’Ziri", 1), ("Safia D’Ziri", 2)],
      roles=[("élue à la [présidence] de l’association", ADN, "présidente"),   # "une femme", named in the next sentences
             ("ont élu à la [présidence]", ADN, "présidente"),
             (None, "Institut National de l’Audiovisuel"),                    # "a travaillé à"
             (None, "Agence France Presse"),                                  # "a dirigé les équipes techniques de"
             ("[Directrice solutions numériques] au", "Département de Loire-Atlantique"),
             ("[membre du conseil d’administration] de l'association", ADN),
             ("[première vice-présidente] ADN", ADN)]),
    O("Institut National de l’Audiovisuel", "public_body", ["INA", "Institut National de l’Audiovisuel"], aliases=["INA"]),
    O("Agence France Presse", "media", ["AFP", "Agence France Presse"], aliases=["AFP"]),
    O("Département de Loire-Atlantique", "public_body", ["Département de Loire-Atlantique"]),
    D("depuis [2015]", "2015"),
    D("[mars 2020]", "2020-03"),
    P("Margaret Hamilton", ["Margaret Hamilton"]),
    P("Dorothy Du Boisson", ["Dorothy Du Boisson"]),
    P("Hedy Lamarr", ["Hedy Lamarr"]),
]
UNANNOTATED = []
