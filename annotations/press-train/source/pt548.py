BODY_START = None
BODY_END = None
# France 2030 and the "Programme d'Investissement d'Avenir Régionalisé en Guyane" (PIAR) are
# programmes; l'Etat is generic. "coprésidé par" concerns a steering committee (no record).

CTG = "Collectivité Territoriale de Guyane"
RECORDS = [
    P("Antoine Poussier", ["Antoine Poussier"], roles=[("Poussier, [préfet] de la région", None)]),
    P("Gabriel Serville", ["Gabriel Serville"], roles=[("Serville, [président] de la Collectivité", CTG)]),
    P("Christian Moutton", ["Christian Moutton"],
      roles=[("Moutton, [directeur territorial Guyane] de la Banque", "Banque des territoires")]),
    P("Hervé Lelarge", ["Hervé Lelarge"],
      roles=[("Lelarge, [directeur régional Antilles-Guyane] Bpifrance", "Bpifrance")]),

    O(CTG, "public_body", ["et la [CTG] engagent", CTG, "de la [CTG]. En"], aliases=["CTG"]),
    O("université de Guyane", "education_research", ["université de Guyane"]),
    O("Banque des territoires", "public_body", ["Banque des territoires"]),
    O("Bpifrance", "public_body", ["Bpifrance"]),

    L("Guyane", [("Guyane", 1), ("Guyane", 7)]),

    A(("3,5 millions d’euros", 1), 3500000),  # §16: the programme's envelope (as pt503), no funding link
    A("28,8 millions d’euros", 28800000),
    A(("3,5 millions d’euros", 2), 3500000, qualifier="over"),   # "pas moins de"; §16: envelope, no link
    A("1,75 M d’euros", 1750000),   # "chacun": each share of the envelope; §16: no link
    A("54 Mds €", 54000000000),   # France 2030's national envelope: no link

    D("jeudi 11 janvier 2024", "2024-01-11"),
    D("31 décembre 2025", "2025-12-31"),
]

UNANNOTATED = [
    ("Guyane", 3, "inside the name of a programme (PIAR)"),
    ("Guyane", 8, "inside the name of a programme (PIAR)"),
]
