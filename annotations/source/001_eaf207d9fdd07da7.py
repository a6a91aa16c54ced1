# Hand annotations of corpus/001_eaf207d9fdd07da7.txt ("Quartiers numeriques,
# bonne solution ou nouveau gadget ?"). Read by annotations/build.py, which
# provides P, O, A, M, D. Locators: see build.py and GUIDELINES.md.

# The "Retour au blog" line near the top is chrome but produces nothing; the
# body runs to the photo credit. The "Plus : ..." related-links line that
# follows it, the second "Retour au blog" and "Ajouter un commentaire" are chrome.
BODY_END = "Plus : Des quartiers numériques"

RECORDS = [
    # --- persons ---
    P("Jean-Marc Ayrault", ["Jean-Marc Ayrault"]),  # "son gouvernement": no title written
    # "la ministre déléguée à l'économie numérique" (§1) and "la Ministre" are
    # the same person as "Fleur Pellerin" (§2, §3); the title is stated, the
    # common-noun anaphora are not mentions.
    P("Fleur Pellerin", [("Fleur Pellerin", 1), ("Fleur Pellerin", 2), ("Fleur Pellerin", 3)],
      roles=[("ministre déléguée à l'économie numérique", None)]),
    P("Yann Dieulengard", ["Yann Dieulengard", "M. Dieulengard"],
      roles=[("chargé de mission", "Meito")]),
    P("Sergey Nivens", ["Sergey Nivens"]),  # photo credit

    # --- organizations ---
    O("Truffe Capital", "company", ["Truffe Capital"]),
    O("Frenchweb", "media", ["Frenchweb"]),
    O("Caisse des dépôts", "public_body", [("Caisse des dépôts", 1), ("Caisse des dépôts", 2)],
      aliases=["Caisse des dépôts et consignations", "Caisse des dépôts et des consignations"]),
    O("Meito", "association", ["Meito"]),
    O("Oséo", "public_body", ["Oséo"]),
    O("Fotolia", "company", ["Fotolia"]),  # the agency named in the photo credit

    # --- dates ---
    D("Le [28 février]", "XXXX-02-28"),
    D("4 mois plus tôt", None, relative=True),  # anchored on 28 February, whose year is unknown
    D("avant la [fin de l'année 2013]", "2013", mod="END"),
    D("sa copie en [juin]", "XXXX-06"),
    D("fixé en [2004]", "2004"),
]

UNANNOTATED = []
