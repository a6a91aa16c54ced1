BODY_START = None
BODY_END = None

AG = "Agence de Développement Economique de la Métropole Toulousaine"
CCI = "Chambre de Commerce et d’Industrie de Toulouse"
CA = ("Le [conseil d’administration] est composé", AG, "membre du conseil d’administration")
RECORDS = [
    P("Pierre Cohen", [("Pierre Cohen", 1), ("Pierre Cohen", 2), ("Pierre Cohen", 3)],
      roles=[("Cohen ([président])", AG)]),
    P("Claude Raynal", ["Claude Raynal"], roles=[CA]),
    P("Bernard Keller", ["Bernard Keller"], roles=[CA]),
    P("Louis Germain", ["Louis Germain"], roles=[CA]),
    P("Antoine Maurice", ["Antoine Maurice"], roles=[CA]),
    P("Pierre Lacaze", ["Pierre Lacaze"], roles=[CA]),
    P("Isabelle Hardy", ["Isabelle Hardy"], roles=[CA]),
    P("Saliha Mimar", ["Saliha Mimar"], roles=[CA]),
    P("Alain Di Crescenzo", [("Alain Di Crescenzo", 1), ("Alain Di Crescenzo", 2)],
      roles=[("Crescenzo ([vice-président])", AG), (None, CCI)]),
    P("Thierry Dumas", ["Thierry Dumas"], roles=[CA, (None, CCI)]),
    P("Bernard Farjounel", ["Bernard Farjounel"], roles=[CA, (None, CCI)]),
    P("Jacques Mauriaud", ["Jacques Mauriaud"], roles=[CA, (None, CCI)]),
    P("Eric Tardieu", ["Eric Tardieu"],
      roles=[(None, AG),   # "La direction générale … est confiée à": like "dirigée par", an affiliation (§15)
             ("poste de [Directeur Général Adjoint économie] du", None)]),  # its organization is cut ("du Gran")

    O(AG, "public_body",
      [AG, "l’[Agence Métropolitaine de Développement Economique] a tenu",
       "de l’[Agence de Développement Economique de la métropole toulousaine]"],
      aliases=["Agence Métropolitaine de Développement Economique"]),
    O(CCI, "public_body", [CCI, "CCIT"], aliases=["CCIT"]),

    D("15 novembre dernier", None, relative=True),
    D("15 novembre 2012", "2012-11-15"),
]

UNANNOTATED = []
