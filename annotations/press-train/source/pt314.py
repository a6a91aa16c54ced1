# pt314 — lejournaldesentreprises.com, Occitanie, Irdi and Soridec merge (2016)
BODY_START = None
BODY_END = None
# "# Collectivités territoriales" (tag line) and "S'abonner" are chrome inside the body.

RECORDS = [
    P("Christian Poncet", [("Christian Poncet", 1), ("Christian Poncet", 2)],
      roles=[("[p-dg] de l'Irdi", "Irdi")]),

    O("Irdi", "other",  # §16 kind (was company)
      ["[Irdi] : Le capital", ("[Irdi] : Le capital", 2), "l'[Irdi] annonçait", "l'[Irdi], qui siège",
       "de l'[Irdi] derrière", "L'[Irdi], créée", "d'action de l'[Irdi]", "comme l'[Irdi] et"]),
    O("Soridec", "other", ["avec [Soridec] (Montpellier)", "et [Soridec], basé"]),  # §16 kind (was company)
    O("Le Journal des Entreprises", "media", ["Le Journal des Entreprises"]),   # photo credit
    O("Irdi Soridec Gestion", "company", [("Irdi Soridec Gestion", 1), ("Irdi Soridec Gestion", 2)]),
    O("Midi-Pyrénées Croissance", "other", ["MPC", "Midi-Pyrénées Croissance"], aliases=["MPC"]),  # §16 kind (was company)

    L("Montpellier", [("Montpellier", 1), ("Montpellier", 2)]),
    L("Occitanie", ["Occitanie"]),
    L("Toulouse", ["Toulouse"]),
    L("Nîmes", ["Nîmes"]),
    L("La Rochelle", ["La Rochelle"]),
    L("Castelmaurou", ["Castelmaurou"]),
    L("ex-Aquitaine", ["ex-Aquitaine"]),
    L("Nouvelle Aquitaine", ["Nouvelle Aquitaine"]),

    A("5 millions d'euros", 5000000),
    A("200 millions d'euros", 200000000),
    A(("200 millions d'euros", 2), 200000000),

    D("1er décembre 2016", "2016-12-01"),
    D("le [8 décembre]", "XXXX-12-08"),
    D("il y a 35 ans", None, relative=True),
]

UNANNOTATED = []
