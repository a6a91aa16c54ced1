# pt920 — forumeco.fr, the Champagne-Ardenne business leaders' mentoring network: president, plan, members (2019)
BODY_START = None
BODY_END = None
REC = "Entreprendre Champagne-Ardenne"     # "Le réseau Entreprendre Champagne-Ardenne": the lowercase head stays out

RECORDS = [
    O(REC, "association", [(REC, 1), (REC, 2)]),
    P("Pascal Quenardel", [("Pascal Quenardel", i) for i in range(1, 4)], roles=[("le [président] Pascal", REC)]),
    P("Clotilde Henry", ["Clotilde Henry"]),
    L("mémorial Charles de Gaulle de Colombey", ["mémorial Charles de Gaulle de Colombey"]),
    P("Laurent Locurcio", ["Laurent Locurcio"]),          # photo credit
    D("en préparant [cette année]", None, relative=True),
    D("plan stratégique [2020-2025]", "2020", value_end="2025"),
    D("18 en [2018]", "2018"),
    L("Champagne- Ardenne", ["Champagne- Ardenne"]),
    D("la région en [2005]", "2005"),
    L("mémorial Charles de Gaulle", ["au [mémorial Charles de Gaulle], à"]),
    L("Collombey-les-deux-Eglises", ["Collombey-les-deux-Eglises"]),
    L("Haute-Marne", ["Haute-Marne"]),
    L("REIMS", ["REIMS"]),
    M("avec [137 membres actifs]", REC, 137, "membres actifs"),
    D("membres actifs en [2018]", "2018"),
    # the final "Entreprendre C" is a name cut by the excerpt's end: no mention
]
UNANNOTATED = []
