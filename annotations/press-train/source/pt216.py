# pt216: Enviscope, Cluster Eco Energies (AURA) and its new president Bruno Dehan.
BODY_START = None
BODY_END = None

CEE = "Eco Energies Auvergne-Rhône-Alpes"
RECORDS = [
    P("Bruno Dehan", [("Bruno Dehan", i) for i in (1, 2, 3)],
      roles=[("élu [président] du", CEE)]),
    P("Sylvain Cazaban", ["Sylvain Cazaban"], roles=[("en charge de ces dossiers", CEE)]),

    O(CEE, "association", ["Cluster [Eco Energies Auvergne-Rhône-Alpes]", "du Cluster [Eco Energies] lors"],
      aliases=["Eco Energies"]),

    L("Saint-Symphorien-sur-Coise", ["Saint-Symphorien-sur-Coise"]),
    L("Rhône", ["([Rhône])"]),
    L("Casablanca", ["Casablanca"]),
    L("Marrakech", ["Marrakech"]),
    L("Yaoundé", ["Yaoundé"]),
    L("Cameroun", ["Cameroun"]),

    D("mois de juin", "XXXX-06"),
    D("en [2006]", "2006"),
]
UNANNOTATED = []
