# pt838 — lagazettefrance.fr, a new business club in the Cambrésis: its president and secretary
BODY_START = None
BODY_END = None
RUCHE = "ruche départementale d’entreprises de Beauvois-en-Cambrésis"
DIR = "DIRECCTE"

RECORDS = [
    P("Charles Blangis", [("Charles Blangis", i) for i in range(1, 4)],
      roles=[("présidé", None, "président"),                  # the club is never named
             ("chef d’entreprise", None),
             ("PDG", "CDE"),
             ("le second, [président]", None)]),
    P("Thierry Macé", [("Thierry Macé", 1), ("Thierry Macé", 2)],
      roles=[("Macé, [directeur] de la ruche", RUCHE),
             ("secrétaire", None)]),

    O(RUCHE, "other", [RUCHE, ("Ruche", 1), ("Ruche", 2)], aliases=["Ruche"]),
    O("CDE", "company", ["CDE"]),                              # "du groupe"
    O("Norail", "company", ["Norail"]),
    O("BGE", "other", ["BGE"]),
    O("Pôle emploi", "public_body", ["Pôle emploi"]),
    O("Banque de France", "public_body", ["Banque de France"]),
    O("Cambrésis emploi", "other", ["Cambrésis emploi"]),
    O("Cambrésis développement économique", "public_body", ["Cambrésis développement économique"]),
    O("Cambrésis business", "association", ["Cambrésis business"]),   # "un nouveau club"
    # its 16-word spelled-out name is left unannotated: 16 words in a row of a text never go in the repository
    O(DIR, "public_body", [DIR]),

    L("Cateau-Cambrésis", ["Cateau-Cambrésis"]),
    L("Cambrésis", ["tout le [Cambrésis]"]),

    D("il y a un an", None, relative=True),
    D("20 novembre dernier", None, relative=True),
]

# "Syndicat mixte du pays": no proper part written (§16); "experts-comptables", "l’Etat": generic.
UNANNOTATED = []
