# pt925 — arbois-med.com, the Arbois technopole's director general on a visit to the Pau technopole (2014)
BODY_START = "Retour sur la visite"     # after the site's section header
BODY_END = None
ARB = "Technopôle de l’Environnement Arbois-Méditerranée"
HEL = "Technopole de Pau"                # "Hélioparc" / "Technopôle Hélioparc de Pau" / "Technopole de Pau": one body

RECORDS = [
    O(HEL, "other", [("Hélioparc", 1), ("Hélioparc", 2), HEL, ("Hélioparc", 3), ("Hélioparc", 4)], aliases=["Hélioparc"]),
    P("Olivier Sana", ["Olivier Sana"], roles=[("[Directeur général] du Technopôle", ARB)]),
    O(ARB, "other", [ARB, "Technopôle de l’Arbois"], aliases=["Technopôle de l’Arbois"]),
    D("[début juillet]", "XXXX-07", mod="START"),
    L("Pau", [("Pau", 1), ("Pau", 2)]),
    O("RETIS", "association", [("RETIS", 1), ("RETIS", 2), ("RETIS", 3)]),
    L("Nantes", ["Nantes"]),
]
UNANNOTATED = []
