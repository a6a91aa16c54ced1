# pt835 — 7jours.fr, Brittany regional council standing committee: 16,4 M€ of grants (2024)
BODY_START = "Bretagne : 16,4 M€"     # "Couverture du journal ... Le nouveau magazine": site header
BODY_END = None
CRB = "Conseil régional de Bretagne"
PEC = "Pôle d’excellence cyber"

RECORDS = [
    O(CRB, "public_body", [CRB, ("Bretagne", 5)], aliases=["Bretagne"]),   # "La Bretagne ... par un financement": the Region, acting
    O("UE", "public_body", ["UE"]),
    O("Biotech Santé Bretagne", "other", ["Biotech Santé Bretagne"]),     # "entreprises et associations": no kind for each (§16)
    O("Photonics Bretagne", "other", ["Photonics Bretagne"]),
    O("Vegenov", "other", ["Vegenov"]),
    O("Izidoor", "other", ["Izidoor"]),
    O(PEC, "association", [PEC, "PEC"], aliases=["PEC"]),
    O("SILL", "company", ["SILL"]),                  # "le groupe"
    O("Terre de l’Ouest", "company", ["Terre de l’Ouest"]),   # "la coopérative"
    O("Pixel sur Mer", "company", ["Pixel sur Mer"]),
    O("Parean Biotechnologies", "company", ["Parean Biotechnologies"]),

    L("Bretagne", [("Bretagne", 1)]),
    L("Rennes", [("Rennes", 1), ("Rennes", 2)]),
    L("Lannion", ["Lannion"]),
    L("Saint-Pol-de- Léon", ["Saint-Pol-de- Léon"]),
    L("La Chapelle des Fougeretz", ["La Chapelle des Fougeretz"]),
    L("Île-de-France", ["Île-de-France"]),

    A(("16,4 M€", 1), 16400000),                     # the committee's overall envelope
    D("15 mai dernier", None, relative=True),
    A(("16,4 M€", 2), 16400000),
    A("plus de [2,7 M€]", 2700000, qualifier="over"),   # invested by a programme, not an organization
    D("en [2023]", "2023"),
    A("172 000 €", 172000, to=PEC, by=[CRB]),
    A(("300 000 euros", 1), 300000, by=[CRB]),       # a joint project of SILL and Terre de l’Ouest: no single recipient
    A(("300 000 euros", 2), 300000, to="Pixel sur Mer", by=[CRB]),
    A(("300 000 euros", 3), 300000, to="Parean Biotechnologies", by=[CRB]),
    A("Près de [600 000 €]", 600000, qualifier="about", by=[CRB]),
]

# "Commission permanente": an internal body; « Bienvenüe »: a research programme.
UNANNOTATED = []
