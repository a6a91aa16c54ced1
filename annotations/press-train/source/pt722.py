# pt722 — affiches-parisiennes.com, France Clusters trophies: nominated innovation places and companies
BODY_START = "En compétition"      # " date 2021-10 ": store prefix
BODY_END = None

RECORDS = [
    O("Eiffage Construction", "company", ["Eiffage Construction"]),
    L("Turbine Cergy-Pontoise", ["Turbine Cergy-Pontoise"]),     # a site still to open ("Projet porté par ...")
    D("fin d'année", None, mod="END", relative=True),
    O("Communauté d'agglomération de Cergy-Pontoise", "public_body", ["Communauté d'agglomération de Cergy-Pontoise"]),
    O("Conseil départemental du Val d'Oise", "public_body", ["Conseil départemental du Val d'Oise"]),
    L("TechteraFab", ["TechteraFab"]),                            # a space to be offered from 2020
    L("Ecully", ["Ecully"]),
    D("à partir de [2020]", "2020"),
    O("Techtera", "association", ["pôle de compétitivité [Techtera]"]),
    O("Matériaupôle", "association", ["Matériaupôle"]),
    L("domaine Chérioux", ["domaine Chérioux"]),
    L("Vitry-sur-Seine", ["Vitry-sur-Seine"]),
    O("Banque Populaire", "company", ["Banque Populaire"]),
    O("Cizeta Medicali", "company", ["Cizeta Medicali"]),
    O("Nekoé", "association", ["Nekoé"]),
    L("Centre-Val de Loire", ["Centre-Val de Loire"]),
    O("Oohee", "company", ["Oohee"]),
    O("ADN Booster", "other", ["ADN Booster"]),
    O("V-Optics", "company", ["V-Optics"]),
    O("C2IME", "other", ["C2IME"]),
    L("Grand-Est", ["Grand-Est"]),
]
UNANNOTATED = []
