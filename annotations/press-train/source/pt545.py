BODY_START = "La commission permanente"   # the store's " date 2022-05 " prefix is chrome
BODY_END = None
# "Prêts d'Honneur", "Alizé", "Accélérateur BPI": schemes, not organizations.

RR = "Région Réunion"
RECORDS = [
    P("Huguette Bello", ["Huguette Bello"],
      roles=[("sous la [présidence] de Huguette", None, "présidente")]),   # of the commission permanente

    O(RR, "public_body", [RR]),   # photo credit
    O("Qualitropic", "association", ["Qualitropic"]),
    O("Initiative Réunion", "association", [("Initiative Réunion", 1), ("Initiative Réunion", 2)]),

    L("Pyramide inversée", ["Pyramide inversée"]),

    A("64 974 euros", 64974, to="Qualitropic", by=[RR]),

    D("vendredi 6 mai 2022", "2022-05-06"),
    D("Qualitropic pour [2022]", "2022"),
    D("Depuis [2005]", "2005"),
    D("1er janvier au 31 décembre 2021", "2021-01-01", value_end="2021-12-31"),
]

UNANNOTATED = []
