# pt462 — ecoreseau.fr (2017), how incubators and nurseries select projects; AURA PEP's.
BODY_START = "Tirez la chevillette"
BODY_END = None

RECORDS = [
    P("Thierry Chabroux", [("Thierry Chabroux", 1), ("Thierry Chabroux", 2)],
      roles=[("[président] d’AURA", "AURA PEP’s"),
             ("également [directeur] de la pépinière", "Cap Nord")]),
    O("AURA PEP’s", "other", ["AURA PEP’s"]),
    M("40 pépinières d’entreprises", "AURA PEP’s", 40, "pépinières d’entreprises"),  # "… de Rhône-Alpes et dix d'Auvergne"
    L("Rhône-Alpes", ["de [Rhône-Alpes] et"]),
    L("Auvergne", ["dix d’[Auvergne]"]),
    L("Auvergne-Rhône-Alpes", ["Auvergne-Rhône-Alpes"]),
    O("Cap Nord", "other", ["Cap Nord"]),
    L("Rillieux-la-Pape", ["Rillieux-la-Pape"]),
    L("Ain", ["Ain"]),
    O("Alimentec", "other", ["Alimentec"]),
    L("Savoie", ["Savoie"]),
    L("Technolac", ["Technolac"]),
]

UNANNOTATED = []
