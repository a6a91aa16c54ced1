# Le Mag numérique 2015: Brest Tech+ candidacy to the French Tech label.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Joëlle Calvar", ["Joëlle Calvar", "Mme Calvar"],
      roles=[("Directrice adjointe de la Mission Stratégie et prospective", "Brest Métropole"),
             ("salariée", "Brest Métropole")]),

    O("Brest Tech +", "other", [("Brest Tech", 1), ("Brest Tech", 2), "Brest Tech +"], aliases=["Brest Tech"]),
    O("Brest Métropole", "public_body", [("Brest Métropole", 1), ("Brest Métropole", 2)]),
    O("mission French Tech", "public_body", ["mission French Tech"]),

    L("Finistère", ["Finistère"]),
    L("Quimper", [("Quimper", 1), ("Quimper", 2)]),
    L("Lannion", [("Lannion", 1), ("Lannion", 2)]),
    L("Morlaix", [("Morlaix", 1), ("Morlaix", 2)]),
    L("Normandie", ["Normandie"]),
    L("Vannes", ["Vannes"]),
    L("Lorient", ["Lorient"]),
    L("Saint-Brieuc", ["Saint-Brieuc"]),

    D("23 Fév 2015", "2015-02-23"),
    D("il y a un peu plus d’une semaine", None, relative=True),
    D("derniers mois de 2014", "2014", mod="END"),
    D("mois d’octobre dernier", None, relative=True),
    D("rentrée 2014", "2014-09"),
    D("mi-novembre", "XXXX-11", mod="MID"),
    D("ce début d’année", None, mod="START", relative=True),
]
UNANNOTATED = []
