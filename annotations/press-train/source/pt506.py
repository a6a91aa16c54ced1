BODY_START = "Tahiti, le 2"   # the store's " date 2022-11 " prefix is chrome
BODY_END = None

A_NAME = "Agence pour le développement économique"
RECORDS = [
    P("Rotui Tehei", [("Rotui Tehei", 1), ("Rotui Tehei", 2)],
      roles=[(None, A_NAME),
             ("[Ancien attaché parlementaire] du député", None),
             ("prendre la [direction] de", A_NAME, "directeur")]),
    P("Benoît Simian", ["Benoît Simian"],
      roles=[("du [député] de la 5e", None)]),
    P("Stéphane Durant", ["Stéphane Durant"],
      roles=[(None, A_NAME)]),

    O(A_NAME, "public_body",
      ["Agence pour le développement économique", ("Agence de développement économique", 1),
       ("Agence de développement économique", 2), "ADE"],
      aliases=["Agence de développement économique", "ADE"]),

    L("Tahiti", ["Tahiti"]),
    L("Gironde", ["Gironde"]),
    L("Polynesian factory", ["Polynesian factory"]),
    L("Pirae", ["Pirae"]),

    D("2 novembre 2022", "2022-11-02"),
    D("27 octobre dernier", None, relative=True),
    D("1er décembre prochain", None, relative=True),
    D("courant [août]", "XXXX-08"),
]

UNANNOTATED = []
