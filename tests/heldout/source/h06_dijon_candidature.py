# Hand annotations of corpus/h06_dijon_candidature.txt ("Dijon dépose sa
# candidature au label French Tech"). Read by tests/heldout/build.py. Curly
# apostrophes, no-break spaces.

# From "Vous aimerez aussi" on: related links and share buttons (a person, an
# amount, a date, another start-up): no records.
BODY_END = "Vous aimerez aussi"

RECORDS = [
    # --- persons ---
    # "« Nous avons 140 membres ... », détaille sa directrice générale, Amandine
    # Vernet": sa = the association Dijon Numérique of the lead
    P("Amandine Vernet", ["Amandine Vernet"],
      roles=[("directrice générale", "Dijon Numérique")]),
    P("Sylvie Charmont", ["Sylvie Charmont"],
      roles=[("vice-présidente chargée de l'économie numérique", "conseil régional de Bourgogne")]),
    # "trésorier de cette association et fondateur de l'agence web Pixelune"
    P("Thomas Girardot", ["Thomas Girardot"],
      roles=[("trésorier", "Dijon Numérique"), ("fondateur", "Pixelune")]),
    # "Son PDG" (of Vinoflux); "a lui-même créé sa première entreprise": a verb
    P("François-Xavier Millot", ["François-Xavier Millot"], roles=[("PDG", "Vinoflux")]),
    # inverted, short form: "Le président du Grand Dijon, Rémi Fontanel"
    P("Rémi Fontanel", ["Rémi Fontanel"],
      roles=[("président", "communauté urbaine du Grand Dijon")]),

    # --- organizations ---
    # "label French Tech" (title and lead): a label, no record
    O("Dijon Numérique", "association", [("Dijon Numérique", 1), ("Dijon Numérique", 2)]),
    # a body named after the label, which receives the Region's money
    O("French Tech Dijon Bourgogne", "other",
      [("French Tech Dijon Bourgogne", 1), ("French Tech Dijon Bourgogne", 2)]),
    O("communauté urbaine du Grand Dijon", "public_body",
      ["communauté urbaine du Grand Dijon", "du [Grand Dijon], Rémi"],
      aliases=["Grand Dijon"]),
    # "la Région s'est engagée": generic reference, not a mention
    O("conseil régional de Bourgogne", "public_body",
      [("conseil régional de Bourgogne", 1), ("conseil régional de Bourgogne", 2)]),
    O("Pixelune", "company", [("Pixelune", 1), ("Pixelune", 2)]),
    O("Vinoflux", "company", ["Vinoflux"]),
    O("MedLab 21", "company", ["MedLab 21"]),
    O("CHU Dijon Bourgogne", "public_body", ["CHU Dijon Bourgogne"]),
    O("Université de Bourgogne", "education_research", ["Université de Bourgogne"]),
    O("Bourgogne Angels", "other", ["du réseau [Bourgogne Angels]"]),

    # --- amounts ---
    A("90 000 €", 90_000, by=["communauté urbaine du Grand Dijon", "conseil régional de Bourgogne"]),
    A("jusqu'à [200 000 euros]", 200_000, qualifier="under", to="French Tech Dijon Bourgogne", by=["conseil régional de Bourgogne"]),   # "par an pendant trois ans": no date
    A("1,8 million d'euros", 1_800_000, to="Vinoflux"),
    A("700 000 euros", 700_000, to="MedLab 21", by=["Bourgogne Angels"]),

    # --- member counts ---
    M("140 membres", "Dijon Numérique", 140, "membres"),
    M("une cinquantaine d'investisseurs membres", "Bourgogne Angels", 50, "investisseurs membres",
      qualifier="about"),
    # Not counts: "une quinzaine d'entreprises privées", "22 collaborateurs",
    # "une dizaine d'entreprises"

    # --- dates ---
    D("fin juin 2015", "2015-06", mod="END"),   # "dix-huit mois de préparation": a duration
    D("mi-2016", "2016", mod="MID"),
    D("il y a deux ans", None, relative=True),
    D("avril 2015", "2015-04"),
    D("l'été dernier", None, relative=True),
    D("années 2000", "200X"),                   # "à 22 ans": an age
    D("en [mars]", "XXXX-03"),
]

UNANNOTATED = []
