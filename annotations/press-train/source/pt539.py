BODY_START = "ALÈS Les"   # "Economie": rubric
BODY_END = None
# "EL/OG" is a photo credit in initials (no person); "Coup de pousse" is a competition.

RO = "Région Occitanie"
EM = "Ecole des Mines d'Alès"
RECORDS = [
    P("Mathieu Lhermet", [("Mathieu Lhermet", 1), ("Mathieu Lhermet", 2)],
      roles=[("Lhermet, [attaché au service Création et reprise d’entreprises]", RO)]),

    O(EM, "education_research", ["l'[école des Mines d'Alès]", "l'[Ecole des Mines d'Alès]"]),
    O("Innov'Alès", "other", [("Innov'Alès", 1), ("Innov'Alès", 2)]),
    O(RO, "public_body", [RO]),
    O("Languedoc-Roussillon", "public_body", ["par le [Languedoc-Roussillon]"]),   # initiated the contest

    L("ALÈS", ["ALÈS"]),
    L("Languedoc-Roussillon", ["uniquement en [Languedoc-Roussillon]"]),
    L("Midi-Pyrénées", ["Midi-Pyrénées"]),

    A(("800 000 €", 1), 800000),  # §16: the contest's envelope, no funding link
    A(("800 000 €", 2), 800000),  # §16: idem
    A("entre [20 000 et 100 000 €]", 20000, value_max=100000),  # §16: a per-winner aid range, no funding link

    D(("Ce mardi", 1), None, relative=True),
    D("initié en [2012]", "2012"),
    D("L'an dernier", None, relative=True),
    D("présents [ce mardi]", None, relative=True),
]

UNANNOTATED = []
