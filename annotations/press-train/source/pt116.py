# Mayotte Hebdo / Flash Infos: interview of the GEMTIC president on the French Tech candidacy.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Feyçoil Mouhoussoune", [("Feyçoil Mouhoussoune", 1), ("Feyçoil Mouhoussoune", 2)],
      roles=[  # §16: "créateur d’une entreprise" is an agent noun (creating, §15), no role
             ("[président] du", "groupement des entreprises mahoraises des technologies de l’information et de la communication")]),

    O("groupement des entreprises mahoraises des technologies de l’information et de la communication", "association",
      ["groupement des entreprises mahoraises des technologies de l’information et de la communication", "GEMTIC"],
      aliases=["GEMTIC"]),
    O("Flash Infos", "media", ["Flash Infos"]),  # the interviewer's paper

    L("Mayotte", [("Mayotte", n) for n in range(1, 7)]),
    L("Outre-mer", ["Outre-mer"]),
]
UNANNOTATED = []
