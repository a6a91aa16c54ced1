# pt506 (second annotation, annotator 4) — Rotui Tehei heads Tahiti's new economic development agency (2022).
BODY_START = "Tahiti, le 2 novembre 2022"
BODY_END = None

RECORDS = [
    L("Tahiti", ["Tahiti"]),
    D("le [2 novembre 2022]", "2022-11-02"),
    P("Rotui Tehei", [("Rotui Tehei", 1), ("Rotui Tehei", 2)],
      roles=[(None, "Agence pour le développement économique"),  # "nommé à la tête de"
             ("[Ancien attaché parlementaire]", None),
             ("prendre la [direction]", "Agence pour le développement économique", "directeur")]),
    O("Agence pour le développement économique", "public_body",
      ["Agence pour le développement économique", ("Agence de développement économique", 1),
       ("Agence de développement économique", 2), "ADE"],
      aliases=["Agence de développement économique", "ADE"]),
    P("Benoît Simian", ["Benoît Simian"], roles=[("du [député] de la 5e", None)]),
    L("Gironde", ["Gironde"]),
    D("le [27 octobre dernier]", None, relative=True),
    D("le [1er décembre prochain]", None, relative=True),
    D("courant [août]", "XXXX-08"),
    P("Stéphane Durant", ["Stéphane Durant"], roles=[(None, "Agence pour le développement économique")]),  # "à sa tête"
    L("Polynesian factory", ["Polynesian factory"]),  # premises where a body is installed: a place (§12)
    L("Pirae", ["Pirae"]),
]

UNANNOTATED = []
