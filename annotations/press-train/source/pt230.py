# pt230: lyonbiopole.com, first board meeting under Erick Lelouche.
BODY_START = None
BODY_END = None

LB = "Lyonbiopôle Auvergne-Rhône-Alpes"
CA = "membres du Conseil d’Administration"   # "L'ensemble des membres du Conseil d'Administration de l'association ..." then the list
RAURA = "Région Auvergne-Rhône-Alpes"
board = [("François Lacoste", "bioMérieux"), ("Christiane Wijsen", "Boehringer Ingelheim France"),
         ("Patrick Chaton", "CEA"), ("Alexandre Mérieux", "Fondation Mérieux"),
         ("Raymond Le Moign", "Hospices Civils de Lyon"), ("Paul-Alan Dollinger", "Sanofi"),
         ("Pascale Hazot", "ACS biotech"), ("Maud Bouvier", "Evotec"), ("Denise Hoblingre", "Keranova"),
         ("Delphine Guyon-Gellin", "Osivax"), ("Hugues Berry", "INRIA"),
         ("Marina Rousseau-Tsangaris", "Centre Léon Berard"), ("Catherine Staron", RAURA)]
RECORDS = [
    P("Erick Lelouche", [("Erick Lelouche", 1), ("Erick Lelouche", 2)],
      roles=[("nouveau [président], Erick", LB),
             ("Président du Conseil d’Administration", LB)]),
] + [P(name, [name], roles=[((CA, 1), LB), (None, org)]) for name, org in board] + [
    O(LB, "association", [(LB, 1), (LB, 2)]),
    O("bioMérieux", "company", ["bioMérieux"]),
    O("Boehringer Ingelheim France", "company", ["Boehringer Ingelheim France"]),
    O("CEA", "education_research", ["CEA"]),
    O("Fondation Mérieux", "other", ["Fondation Mérieux"]),
    O("Hospices Civils de Lyon", "public_body", ["Hospices Civils de Lyon"]),
    O("Sanofi", "company", ["Sanofi"]),
    O("ACS biotech", "company", ["ACS biotech"]),
    O("Evotec", "company", ["Evotec"]),
    O("Keranova", "company", ["Keranova"]),
    O("Osivax", "company", [("Osivax", 1), ("Osivax", 2)]),
    O("INRIA", "education_research", ["INRIA"]),
    O("Centre Léon Berard", "education_research", ["Centre Léon Berard"]),
    O(RAURA, "public_body", [(RAURA, 1), (RAURA, 2)]),
    O("Métropole de Lyon", "public_body", ["Métropole de Lyon"]),
    O("Adocia", "company", ["Adocia"]),
    O("Drug Optimal", "company", ["Drug Optimal"]),
    O("Laclarée", "company", ["Laclarée"]),
    O("MaaT Pharma", "company", ["MaaT Pharma"]),
    O("MS Insight", "company", ["MS Insight"]),
    O("Netri", "company", ["Netri"]),
    O("Sirius Neosight", "company", ["Sirius Neosight"]),

    L("Lyon", ["[Lyon], le 8 avril"]),

    A("49,5 millions d’euros", 49500000),

    D("8 avril", "XXXX-04-08"),
    D("3 avril dernier", None, relative=True),
    D("ce premier semestre", None, relative=True),  # §16 demonstrative
    D("jeudi dernier", None, relative=True),
    D("premier trimestre", "XXXX-Q1"),   # yearless quarter, no demonstrative (§15)
]
UNANNOTATED = []
