# Hand annotations of corpus/h01_brest_cantine.txt ("Brest : la cantine
# d'Iroise Numérique change d'échelle"). Read by tests/heldout/build.py, which
# provides P, O, A, M, D. Locators: see build.py and annotations/GUIDELINES.md.

# Body: title to "Les travaux doivent démarrer ...". From "Partager" on: site
# chrome and reader comments (a person, amounts, dates, a repeated org name),
# out of scope.
BODY_END = "Partager\n"

RECORDS = [
    # --- persons ---
    P("Maëlle Kerdraon", ["Maëlle Kerdraon", "Mme Kerdraon"],
      roles=[("présidente", "Iroise Numérique")]),
    # inverted: "Le président de Brest Métropole, Yannick Le Goff"
    P("Yannick Le Goff", ["Yannick Le Goff", "M. Le Goff"],
      roles=[("président", "Brest Métropole")]),
    P("Tanguy Morvan", ["Tanguy Morvan"],
      roles=[("cofondateur", "Kelp.io")]),
    # "Sa voisine SeaNav3D ... Son PDG, Erwan Guéguen"
    P("Erwan Guéguen", ["Erwan Guéguen"],
      roles=[("PDG", "SeaNav3D")]),

    # --- organizations ---
    O("conseil régional de Bretagne", "public_body", ["conseil régional de Bretagne"]),
    O("Brest Métropole", "public_body", [("Brest Métropole", 1), ("Brest Métropole", 2)]),
    # "la cantine numérique brestoise", "la cantine de l'association": common
    # noun (GUIDELINES 5), not an organization; "les Iroise Web Days": an event.
    O("Iroise Numérique", "association",
      [("Iroise Numérique", 1), ("Iroise Numérique", 2), ("Iroise Numérique", 3),
       ("Iroise Numérique", 4)]),
    O("Télécom Bretagne", "education_research", ["Télécom Bretagne"]),
    O("Université de Bretagne occidentale", "education_research",
      ["Université de Bretagne occidentale"]),
    O("Bouygues Telecom", "company", ["Bouygues Telecom"]),
    O("Crédit Mutuel Arkéa", "company", ["le [Crédit Mutuel Arkéa]"]),
    O("Kelp.io", "company", [("Kelp.io", 1), ("Kelp.io", 2)]),
    O("Finistère Angels", "association", ["l'association [Finistère Angels]"]),
    O("Ker Lab", "other", ["l'incubateur [Ker Lab]"]),
    O("SeaNav3D", "company", ["SeaNav3D"]),
    O("Thales", "company", ["Thales"]),
    O("CCI de Brest", "public_body", ["CCI de Brest"]),

    # --- amounts ---
    A("1,2 million d'euros", 1_200_000, to="Iroise Numérique", by=["conseil régional de Bretagne", "Brest Métropole"]),
    A("près de [500 000 euros]", 500_000, qualifier="about", to="Iroise Numérique", by=["Bouygues Telecom", "Crédit Mutuel Arkéa"]),
    A("800 000 €", 800_000, to="Kelp.io", by=["Finistère Angels"]),
    A("entre [2 et 3 millions d'euros]", 2_000_000, value_max=3_000_000, to="SeaNav3D"),
    A("150 000 euros", 150_000, to="Iroise Numérique", by=["CCI de Brest"]),

    # --- member counts ---
    # "compte 180 adhérents"; "emploie 6 salariés" and "1 500 participants" are not members
    M("180 adhérents", "Iroise Numérique", 180, "adhérents"),

    # --- dates ---
    D("12 mars 2015", "2015-03-12"),
    D("début 2016", "2016", mod="START"),
    D("depuis [2012]", "2012"),              # "depuis trois ans": a duration, no record
    D("créée en [2009]", "2009"),
    D("octobre 2014", "2014-10"),
    D("septembre dernier", None, relative=True),
    D("fin 2013", "2013", mod="END"),        # "six mois à l'incubateur": a duration
    D("mi-2016", "2016", mod="MID"),
    D("En [2013]", "2013"),
    D("septembre 2016", "2016-09"),
    # Not dates: "à 28 ans" (age), "par an", "chaque année", "tous les jours".
]

UNANNOTATED = []
