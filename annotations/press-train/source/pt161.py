# L'Informateur judiciaire: French Tech label renewed in Pays de la Loire (Nantes and communities).
BODY_START = "Label renouvelé pour la French tech"  # the paper's cover line is chrome
BODY_END = None

RECORDS = [
    P("Anaïs Vivion", ["Anaïs Vivion"], roles=[("présidente", "French tech Nantes")]),
    P("Mikaël Vincent", ["Mikaël Vincent"], roles=[("délégué général", "La French tech Vendée")]),

    O("French tech Saint-Nazaire", "other", ["French tech saint-Nazaire", "French tech Saint-Nazaire"]),
    O("French tech Nantes", "other", ["French tech Nantes"]),
    O("La French tech Vendée", "other", ["La French tech Vendée"]),

    L("Vendée", ["([Vendée],"]),
    L("Saint-Nazaire", ["Vendée, [Saint-Nazaire],"]),
    L("Le Mans", ["Le Mans"]),
    L("Angers", ["Angers"]),
    L("Laval", ["Laval"]),
    L("Spi numérique", ["Spi numérique"]),
    L("Nantes", ["([Nantes] en est"]),

    D("Début février", "XXXX-02", mod="START"),
    D("novembre 2022", "2022-11"),
]
UNANNOTATED = []
