# Hand annotations of corpus/u04_rouen_cci_lettre.txt (institutional
# newsletter of the CCI Rouen Métropole). Read by tests/unseen/build.py.

# The newsletter line under the title (line 2) is part of the page's head,
# like a title: body. Nothing after the agenda.
BODY_END = None

RECORDS = [
    # --- persons ---
    # "se félicite son président" right after the Neustria Tech sentence
    P("Stéphane Lecourt", ["Stéphane Lecourt"],
      roles=[("président", "Neustria Tech"), ("dirigeant", "Datacorn")]),
    P("Julien Dubosc", ["Julien Dubosc"],
      roles=[("cofondateur", "Kalibri"), ("directeur général", "Kalibri")]),
    P("Olivier Tessier", ["Olivier Tessier", "M. Tessier"],
      roles=[("directeur général", "CCI Rouen Métropole")]),
    # a named internal unit stays in the title; the organization is the CCI
    P("Catherine Lemonnier", ["Catherine Lemonnier"],
      roles=[("présidente de la commission numérique", "CCI Rouen Métropole")]),

    # --- organizations ---
    # "la CCI", "la chambre", "la Métropole" alone are anaphora, not mentions
    O("CCI Rouen Métropole", "public_body",
      [("CCI Rouen Métropole", 1), ("CCI Rouen Métropole", 2), ("CCI Rouen Métropole", 3)]),
    O("Neustria Tech", "association", [("Neustria Tech", 1), ("Neustria Tech", 2)]),
    O("Datacorn", "company", ["Datacorn"]),
    O("Métropole Rouen Normandie", "public_body", ["Métropole Rouen Normandie"]),
    O("Département de la Seine-Maritime", "public_body", ["Département de la Seine-Maritime"]),
    O("Région Normandie", "public_body", ["Région Normandie"]),
    O("Université de Rouen", "education_research", ["Université de Rouen"]),
    O("INSA Rouen", "education_research", ["INSA Rouen"]),
    O("ESIGELEC", "education_research", ["ESIGELEC"]),
    O("Seine Amorçage", "other", ["Seine Amorçage"]),  # "le fonds Seine Amorçage"
    O("Caisse des Dépôts", "public_body", ["Caisse des Dépôts"]),
    O("Kalibri", "company", [("Kalibri", 1), ("Kalibri", 2)]),
    O("Seine Angels", "association", ["Seine Angels"]),
    # not organizations: "Le Hangar 107" (a future site), "Les Rencontres du
    # numérique normand" (an event), "Parc des expositions de Rouen" (a place)

    # --- amounts ---
    A(("1,5 M€", 1), 1_500_000),
    A(("1,5 M€", 2), 1_500_000, to="Seine Amorçage", by=["CCI Rouen Métropole", "Métropole Rouen Normandie", "Caisse des Dépôts"]),
    A("20 à 80 k€", 20_000, value_max=80_000),
    A("environ [390 k€]", 390_000, qualifier="about", by=["Seine Amorçage"]),
    A("obtenu [80 k€]", 80_000, to="Kalibri", by=["Seine Amorçage"]),
    A("220 000 euros", 220_000, to="Kalibri", by=["Seine Angels"]),
    A("entre [2,5 et 3 millions d'euros]", 2_500_000, value_max=3_000_000),
    # not an amount: "10 % de son budget"

    # --- member counts ---
    M("62 entreprises adhérentes", "Neustria Tech", 62, "entreprises adhérentes"),
    M("45 investisseurs membres", "Seine Angels", 45, "investisseurs membres"),
    # not counts: "quelque 1 800 salariés", "une dizaine de dirigeants" (founders),
    # "Sept start-up" (beneficiaries)

    # --- dates ---
    D("Il y a cinq ans", None, relative=True),
    D("l'[année 2016]", "2016"),
    D("Créé en [2011]", "2011"),
    D("fin mars", "XXXX-03", mod="END"),
    D("d'ici [2020]", "2020"),
    D("début 2016", "2016", mod="START"),
    D("depuis [juin]", "XXXX-06"),
    D("trois ans ([2016-2018])", "2016", value_end="2018"),
    D("euros en [juillet]", "XXXX-07"),
    D("pour [2017]", "2017"),
    D("mi-janvier", "XXXX-01", mod="MID"),
    D("automne 2017", "2017-FA"),
    D("le [mois prochain]", None, relative=True),
    D("du [12 au 14 octobre 2016]", "2016-10-12", value_end="2016-10-14"),
    # not dates: "douze mois", "en cinq ans", "sur trois ans" (durations)
]

UNANNOTATED = []
