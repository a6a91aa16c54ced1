# pt730 — tracesecritesnews.fr, Alsace BioValley's new managing director and its shift towards SMEs
BODY_START = None
BODY_END = None
ABV = "Alsace BioValley"

RECORDS = [
    # caption twice: "Les dirigeants du pôle" = Alsace BioValley
    P("Guillaume Ebelmann", [("Guillaume Ebelmann", i) for i in range(1, 4)],
      roles=[(("Ebelmann [directeur adjoint]", 1), ABV), (("Ebelmann [directeur adjoint]", 2), ABV)]),
    P("Jean-Yves Bonnefoy", [("Jean-Yves Bonnefoy", 1), ("Jean-Yves Bonnefoy", 2)],
      roles=[(("Bonnefoy [président]", 1), ABV), (("Bonnefoy [président]", 2), ABV)]),
    P("Didier Frommweiler", [("Didier Frommweiler", i) for i in range(1, 5)],
      roles=[(("Frommweiler nouveau [directeur général]", 1), ABV), (("Frommweiler nouveau [directeur général]", 2), ABV),
             ("d’un nouveau [directeur général]", ABV),          # introduced before his name, then named
             (None, "Sanofi-Aventis"),                            # "exerçait auparavant des responsabilités chez"
             ("vice-président du conseil d’administration", ABV),
             ("le nouveau [directeur général] sera", ABV),
             ("précise le [directeur général]", ABV)]),
    O(ABV, "association", ["[BioValley] veut", ABV], aliases=["BioValley"]),
    D("début juillet", "XXXX-07", mod="START"),
    O("Sanofi-Aventis", "company", ["Sanofi-Aventis"]),
    O("Streb & Weil", "company", ["Streb & Weil"]),
    L("Duppigheim", ["Duppigheim"]),
]
UNANNOTATED = []
