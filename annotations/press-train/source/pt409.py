# pt409 — adira.com, ADIRA meeting on tiers-lieux at Or du Commun (Colmar).
BODY_START = None
BODY_END = None

RECORDS = [
    D("Le [11 décembre 2019]", "2019-12-11"),
    L("Colmar", ["Colmar"]),
    O("Or du Commun", "other", [("Or du Commun", 1), ("Or du Commun", 2)]),
    O("ADIRA", "other", ["ADIRA"]),
    P("Dominique VALENTIN", ["Dominique VALENTIN"], roles=[(None, "Relais Entreprise")]),
    O("Relais Entreprise", "other", ["Relais Entreprise"]),
    P("Stève DUCHENE", ["Stève DUCHENE"], roles=[(None, "Alsace Active")]),
    O("Alsace Active", "other", ["Alsace Active"]),
    P("Barbora REZKOVA", ["Barbora REZKOVA"], roles=[(None, "Or du Commun")]),
    P("Marina PATROUCHEVA", ["Marina PATROUCHEVA"], roles=[(None, "Or du Commun")]),
]

UNANNOTATED = []
