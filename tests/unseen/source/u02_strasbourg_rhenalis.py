# Hand annotations of corpus/u02_strasbourg_rhenalis.txt (tech blog: a day at
# Rhénalis, Strasbourg). Read by tests/unseen/build.py.

BODY_END = None  # no chrome: the whole file is the article body

RECORDS = [
    # --- persons ---
    P("Élodie Kieffer", ["Élodie Kieffer"], roles=[("présidente", "Rhénalis")]),
    # "vice-président et trésorier de l'association" (= Rhénalis): two roles
    P("Jean-Luc Ober", ["Jean-Luc Ober"],
      roles=[("vice-président", "Rhénalis"), ("trésorier", "Rhénalis")]),
    # "La structure French Tech Alsace ... a pour coordinateur Thomas Hirtz"
    P("Thomas Hirtz", ["Thomas Hirtz"], roles=[("coordinateur", "French Tech Alsace")]),
    P("Lucas Wendling", ["Lucas Wendling"], roles=[("fondateur", "Vitalink")]),  # "Son fondateur" (Vitalink)
    P("Marc-Antoine Haessig", ["Marc-Antoine Haessig", "M. Haessig"],
      roles=[("directeur général adjoint", "CCI de Strasbourg et du Bas-Rhin")]),

    # --- organizations ---
    O("Rhénalis", "association",
      [("Rhénalis", 1), ("Rhénalis", 2), ("Rhénalis", 3), ("Rhénalis", 4), ("Rhénalis", 5)]),
    O("Université de Strasbourg", "education_research", ["Université de Strasbourg"]),
    O("Eurométropole de Strasbourg", "public_body", ["Eurométropole de Strasbourg"]),
    O("Région Grand Est", "public_body", ["Région Grand Est"]),
    # the former body the Région Grand Est succeeded: a record of its own
    O("conseil régional d'Alsace", "public_body", ["conseil régional d'Alsace"]),
    O("Orange", "company", ["Orange"]),
    O("Caisse d'Épargne d'Alsace", "company", ["Caisse d'Épargne d'Alsace"]),
    O("Sigma-Rhin Informatique", "company", ["Sigma-Rhin Informatique"]),
    O("Pôle emploi", "public_body", ["Pôle emploi"]),
    # the body that carries the label ("La structure ..., qui porte le label")
    O("French Tech Alsace", "other", ["French Tech Alsace"]),
    O("Vitalink", "company", ["Vitalink"]),
    O("Anges du Rhin", "association", [("Anges du Rhin", 1), ("Anges du Rhin", 2)]),
    O("Capital Grand Est", "company", ["Capital Grand Est"]),
    O("CCI de Strasbourg et du Bas-Rhin", "public_body", ["CCI de Strasbourg et du Bas-Rhin"]),

    # --- amounts ---
    A("Autour de [280 000 euros]", 280_000, qualifier="about", to="Rhénalis", by=["Eurométropole de Strasbourg", "Région Grand Est", "Orange", "Caisse d'Épargne d'Alsace", "Sigma-Rhin Informatique"]),
    A("600 k€", 600_000, to="Vitalink", by=["Anges du Rhin", "Capital Grand Est"]),
    A("250 000 euros", 250_000, to="Vitalink", by=["Anges du Rhin"]),
    A("entre [10 000 et 30 000 euros]", 10_000, value_max=30_000),

    # --- member counts ---
    M("340 adhérents", "Rhénalis", 340, "adhérents"),
    # "Le réseau des Anges du Rhin, qui réunit une quarantaine de business angels"
    M("une quarantaine de business angels alsaciens", "Anges du Rhin", 40,
      "business angels alsaciens", qualifier="about"),
    # not counts: "on était douze" (founders), "quatre personnes" and
    # "9 salariés" (staff), "500 établissements"

    # --- dates ---
    D("Fondé en [2012]", "2012"),
    D("automne 2014", "2014-FA"),
    D("janvier 2016", "2016-01"),
    D("Le [mois dernier]", None, relative=True),
    D("années 1990", "199X"),
    D("juin 2015", "2015-06"),
    D("d'ici [2018]", "2018"),
    D("début 2017", "2017", mod="START"),
    D("mi-2017", "2017", mod="MID"),
    D("du [22 au 24 septembre]", "XXXX-09-22", value_end="XXXX-09-24"),
    # not dates: "9 heures" (time), "trois ans", "dix-huit mois" (durations), "31 ans" (age)
]

UNANNOTATED = [
    ("Rhénalis", 6, "inside the event name 'Rhénalis Summit' (an event, not the association)"),
]
