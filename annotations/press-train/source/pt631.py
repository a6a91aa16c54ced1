# pt631 — echodescommunes.fr, Bourgogne-Franche-Comté regional council grants (2023)
BODY_END = None
CR = "Conseil Régional Bourgogne Franche-Comté"

RECORDS = [
    O(CR, "public_body", [CR]),
    O("PIC MEDIA", "company", ["PIC MEDIA"]),
    O("La Gravure Industrielle", "company", ["La Gravure Industrielle"]),
    O("Pequignet", "company", ["Bureau d’étude R&D [Pequignet]"]),
    O("Jura Développement", "company", ["Jura Développement"]),
    O("Purple Alternative Surface", "company", ["Purple Alternative Surface"]),
    O("Safran Aircraf Engines", "company", ["Safran Aircraf Engines"]),
    O("Foricher - Moulins Dormoy", "company", ["Foricher - Moulins Dormoy"]),
    O("Toutherm", "company", ["Toutherm"]),
    O("Oxibis Group", "company", ["SAS [Oxibis Group]"]),

    L("Besançon", ["Besançon"]),
    L("Challuy", ["Challuy"]),
    L("Longvic", ["Longvic"]),
    L("Morteau", ["Morteau"]),
    L("Montmorot", ["Montmorot"]),
    L("Cravanche", ["Cravanche"]),
    L("Le Creusot", ["au [Creusot]"]),
    L("Fougerolles-Saint-Valbert", ["Fougerolles-Saint-Valbert"]),
    L("Joigny", ["Joigny"]),
    L("Italie", ["Italie"]),
    L("Padoue", ["Padoue"]),

    A("34,35 Millions d'euros", 34350000, by=[CR]),
    A("34,35 millions d’euros", 34350000, by=[CR]),
    A("2,13 M€", 2130000, by=[CR]),
    A("1,59 M€", 1590000, by=[CR]),
    A("30 000 €", 30000, to="PIC MEDIA", by=[CR]),
    A("178 332 €", 178332, to="La Gravure Industrielle", by=[CR]),
    A("100 000 €", 100000, to="Pequignet", by=[CR]),
    A(("200 000 €", 1), 200000, to="Jura Développement", by=[CR]),
    A("95 000 €", 95000, to="Purple Alternative Surface", by=[CR]),
    A("563 829 €", 563829, by=[CR]),
    A(("200 000 €", 2), 200000, to="Safran Aircraf Engines", by=[CR]),
    A("50 000 €", 50000, to="Foricher - Moulins Dormoy", by=[CR]),
    A("101 622 €", 101622, to="Toutherm", by=[CR]),
    A("56 527 €", 56527, by=[CR]),
    A("12 683 €", 12683, to="Oxibis Group", by=[CR]),

    D("02 mai 2023", "2023-05-02"),
    D("vendredi 28 avril 2023", "2023-04-28"),
]

UNANNOTATED = []
