# pt249: Acteurs de l'économie, Tenerrdis relabelled, Elisabeth Logeais new déléguée générale (2019).
BODY_START = None
BODY_END = None

T = "Tenerrdis"
RECORDS = [
    P("Pascal Rossignol", ["Pascal Rossignol"]),
    P("Elisabeth Logeais", ["Elisabeth Logeais"],
      roles=[("au poste de [déléguée générale]", T),
             ("la nouvelle [déléguée générale] est", T),
             ("la nouvelle [dg]", T),
             (None, "Schneider Electric")]),  # "passée par la business unit Energy de Schneider Electric"
    P("Catherine Candela", ["Catherine Candela"], roles=[(None, "Air Liquide")]),  # "ses fonctions au sein d'Air Liquide"

    O(T, "association", [(T, 1), (T, 2), "Tennerdis"], aliases=["Tennerdis"]),
    O("Air Liquide", "company", ["Air Liquide"]),
    O("Schneider Electric", "company", ["Schneider Electric"]),

    L("Grenoble", ["Grenoble"]),
    L("Auvergne-Rhône-Alpes", ["Auvergne-Rhône-Alpes"]),

    D(("2019-2022", 1), "2019", value_end="2022"),
    D("début janvier", "XXXX-01", mod="START"),
    D(("2019-2022", 2), "2019", value_end="2022"),
]
UNANNOTATED = []
