# c10 — invented: "Les élus de la CCI X ont désigné leur bureau … : président, A (B) ; première vice-présidente, C (D) ; … ; membres du bureau, E (F) et G (H)." (';' items, title before the name)
BODY_START = None
BODY_END = None
CCI = "CCI Penthièvre-Émeraude"

RECORDS = [
    L("Saint-Brieuc", ["Saint-Brieuc"]),
    O(CCI, "public_body", [CCI]),
    D("mandature [2022-2027]", "2022", value_end="2027"),
    P("Alain Le Quéré", [("Alain Le Quéré", 1), ("Alain Le Quéré", 2)],
      roles=[("[président], Alain", CCI), (None, "Transports Plédran")]),
    O("Transports Plédran", "company", ["Transports Plédran"]),
    P("Béatrice Hamon", ["Béatrice Hamon"], roles=[("[première vice-présidente]", CCI), (None, "Hôtellerie des Grèves")]),
    O("Hôtellerie des Grèves", "company", ["Hôtellerie des Grèves"]),
    P("Killian Roué", [("Killian Roué", 1), ("Killian Roué", 2)],
      roles=[("[vice-président délégué au numérique]", CCI), (None, "Penthièvre Web Services"),
             ("a [fondé] Penthièvre", "Penthièvre Web Services", "fondateur")]),
    O("Penthièvre Web Services", "company", [("Penthièvre Web Services", 1), ("Penthièvre Web Services", 2)]),
    P("Denis Cadoret", ["Denis Cadoret"], roles=[("[trésorier], Denis", CCI), (None, "Minoterie du Gouët")]),
    O("Minoterie du Gouët", "company", ["Minoterie du Gouët"]),
    P("Sandrine Le Roux", ["Sandrine Le Roux"], roles=[("[secrétaire], Sandrine", CCI)]),
    P("Arnaud Geffroy", ["Arnaud Geffroy"], roles=[("[membres du bureau]", CCI), (None, "Quintin Bois")]),
    O("Quintin Bois", "company", ["Quintin Bois"]),
    P("Valérie Tréhorel", ["Valérie Tréhorel"], roles=[("[membres du bureau]", CCI), (None, "Pharmacie des Rosaires")]),
    O("Pharmacie des Rosaires", "company", ["Pharmacie des Rosaires"]),
    # "représente 14 000 entreprises du territoire": the companies it represents, not members
    A("9,5 millions d'euros", 9500000, to=CCI),    # the chamber's budget
    D("en [2019]", "2019"),
]
UNANNOTATED = []
