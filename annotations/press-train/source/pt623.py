# pt623 — latribune.fr, Nantes Tech obtains the French Tech label (2014)
BODY_END = None

RECORDS = [
    P("Axelle Lemaire", ["Axelle Lemaire"], roles=[("secrétaire d'Etat au Numérique", None)]),
    P("Johanna Rolland", ["Johanna Rolland"],
      roles=[("nouvelle [maire] nantaise", None),
             ("présidente", "Nantes Métropole")]),

    O("Nantes Tech", "other", ["Nantes Tech"]),
    O("Nantes Métropole", "public_body", ["Nantes Métropole"]),
    O("Cantine numérique de Nantes", "other", ["Cantine numérique de Nantes"]),
    O("iAdvize", "company", ["iAdvize"]),
    O("My Script", "company", ["My Script"]),
    O("4 Mod Technology", "company", ["4 Mod Technology"]),
    O("Lengow", "company", ["Lengow"]),
    O("Mines", "education_research", ["Mines"]),
    O("Centrale", "education_research", ["Centrale"]),
    O("Audencia", "education_research", ["Audencia"]),
    O("Atlanpole", "other", ["Atlanpole"]),
    O("Airbus", "company", ["Airbus"]),

    L("Rennes", ["Rennes"]),
    L("Nantes", ["éléphant rose de [Nantes]", "choisi [Nantes]"]),
    L("Île de Nantes", ["Île de Nantes"]),
    L("Hexagone", ["Hexagone"]),

    D("4 juin dernier", None, relative=True),
    D("Entre [2009 et 2012]", "2009", value_end="2012"),
]

UNANNOTATED = []
