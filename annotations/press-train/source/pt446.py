# pt446 — 20minutes.fr (Rennes, 2013), the Cantine numérique opens l'Annexe.
BODY_START = None
BODY_END = None

RECORDS = [
    # the byline "Camille Allain" is glued to "travailler": no whole-word locator
    O("Cantine numérique", "other", ["cantine Numérique", "la [Cantine numérique] a"]),
    O("Annexe", "other", [("Annexe", 1), ("Annexe", 2), ("Annexe", 3), ("Annexe", 4), ("Annexe", 5)]),
    L("Champs Libres", ["Champs Libres"]),
    P("Guillaume Chevalier", [("Guillaume Chevalier", 1), ("Guillaume Chevalier", 2)],
      roles=[("[animateur] à l'Annexe", "Annexe"),
             ("l'[animateur] de la structure", "Annexe")]),
    D("en [septembre]", "XXXX-09"),
    L("3 Soleils", ["3 Soleils"]),
    P("Gabriel", ["Gabriel"]),
    P("Yoann", ["Yoann"], roles=[("[Créateur] de Cocourse", "Cocourse")]),
    O("Cocourse", "company", ["Cocourse"]),
]

UNANNOTATED = []
