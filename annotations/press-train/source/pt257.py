# pt257: mecanicvallee.com (La Dépêche du Midi copy), the cluster's business meetings in Decazeville (2023).
BODY_START = None
BODY_END = None

MV = "Mecanic Vallée"
RECORDS = [
    P("Bernard Dalmon", ["Bernard Dalmon"], roles=[("ancien président", MV)]),  # "crée par": a verb, no role
    P("Pascal Fugit", ["Pascal Fugit"], roles=[("le [directeur] Pascal", "Défi 12")]),
    P("Hervé Danton", ["Hervé Danton"], roles=[("délégué général", MV)]),

    O(MV, "association", [(MV, i) for i in range(1, 6)] + ["Photo [MV]"], aliases=["MV"]),
    O("SNCF", "company", ["SNCF"]),
    O("EDF", "company", ["EDF"]),
    O("ministère des Armées", "public_body", ["ministère des Armées"]),
    O("Défi 12", "company", ["Défi 12"]),
    O("La Dépêche du Midi", "media", ["La Dépêche du Midi"]),

    L("Decazeville", ["à [Decazeville]."]),
    L("Laminoir de Decazeville", ["Laminoir de Decazeville"]),
    L("Haute-Vienne", ["Haute-Vienne"]),
    L("Rodez", ["Rodez"]),

    D("ce mardi matin", None, relative=True),  # §16 demonstrative
    D("[ce mardi] dans", None, relative=True),  # §16 demonstrative
    D("Ce mardi matin", None, relative=True),  # §16 demonstrative
    D("04/10/2023", "2023-10-04"),
]
UNANNOTATED = []
