# pt317 — maddyness.com, Bretagne, Startup on the Beach in Saint-Malo (2024)
BODY_START = None
BODY_END = None
# "Startup on the Beach" is an event; "labellisées French Tech" a label: no record.

RECORDS = [
    P("Anthony Bourbon", ["Anthony Bourbon"],
      roles=[(None, "Blast.Club")]),   # "le club d’investissement d’Anthony Bourbon"

    O("French Tech Rennes Saint-Malo", "other", ["French Tech Rennes Saint-Malo"]),
    O("French Tech Brest Bretagne Ouest", "other", ["French Tech Brest Bretagne Ouest"]),
    O("Nouveau Front Populaire", "other", ["Nouveau Front Populaire"]),
    O("CapHorn Invest", "other", ["CapHorn Invest"]),  # §16 kind (was company)
    O("Omnes Capital", "other", ["Omnes Capital"]),  # §16 kind (was company)
    O("Raise Sherpas", "other", ["Raise Sherpas"]),  # §16 kind (was company)
    O("Blast.Club", "association", ["Blast.Club"]),

    L("Rennes", ["En TGV, [Rennes]"]),
    L("Paris", ["Paris"]),
    L("Saint-Malo", ["Beach à [Saint-Malo]", "Grand Large, à [Saint-Malo]"]),
    L("Palais du Grand Large", ["Palais du Grand Large"]),

    D("ce [début de mois de juillet]", "XXXX-07", mod="START"),
]

UNANNOTATED = []
