# pt243: Tahiti Infos, the Overseas minister announces five new grappes d'entreprises.
BODY_START = "Grappes d'entreprises: Marie-Luce"  # "Tahiti Infos" is the site's name
BODY_END = None

AMD = "Association pour la Maintenance Durable"
RECORDS = [
    P("Marie-Luce Penchard", [("Marie-Luce Penchard", 1), ("Marie-Luce Penchard", 2), "Marie-Luce PENCHARD"],
      roles=[("Ministre chargée de l’Outre-mer", None)]),
    P("Bruno LE MAIRE", ["Bruno LE MAIRE"],
      roles=[("Ministre de l’Agriculture, de l’Alimentation, de la Pêche, de la Ruralité et de\nl’Aménagement du Territoire", None)]),

    O("DATAR", "public_body", ["DATAR"]),
    O("ministère chargé de l’Outre-mer", "public_body", ["ministère chargé de l’Outre-mer"]),
    O("Témergie", "association", ["Témergie"]),
    O("Tahiti Fa’ahotu", "association", ["Tahiti Fa’ahotu"]),
    O("Maison de la Forêt et des Bois", "association", ["Maison de la Forêt et\ndes Bois"]),
    O("Orkidé", "association", ["Orkidé"]),
    O("Synergie", "association", ["Synergie"]),
    O(AMD, "association", ["AMD", AMD], aliases=["AMD"]),
    O("Performance SAP", "association", ["Performance SAP"]),
    O("Inov@gro", "association", ["Inov@gro"]),

    L("Guyane", [("Guyane", 1), ("Guyane", 2), ("Guyane", 3)]),
    L("Martinique", [("Martinique", 1), ("Martinique", 2)]),
    L("Nouvelle-Calédonie", [("Nouvelle-Calédonie", 1), ("Nouvelle-Calédonie", 2)]),
    L("outre-mer", ["en [outre-mer]"]),
    L("Réunion", ["Réunion"]),
    L("Polynésie", ["Polynésie"]),

    M("Orkidé : [48 membres]", "Orkidé", 48, "membres"),
    M("Synergie : [7 membres]", "Synergie", 7, "membres"),
    M("Durable) : [22 membres]", AMD, 22, "membres"),
    M("SAP : [13 membres]", "Performance SAP", 13, "membres"),
    M("Inov@gro : [22 membres]", "Inov@gro", 22, "membres"),

    D("en [2010]", "2010"),
]
UNANNOTATED = []
