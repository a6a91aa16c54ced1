# pt418 — lejournaldugrandparis.fr (2014), business nurseries in Île-de-France.
BODY_START = None
BODY_END = None

RECORDS = [
    L("Ile-de-France", ["Ile-de-France"]),
    O("Le Tremplin", "other", [("Le Tremplin", 1), ("Le Tremplin", 2), ("Le Tremplin", 3)]),
    O("Agence Nunc", "company", [("Agence Nunc", 1), ("Agence Nunc", 2)]),  # photo credit agency
    O("ville de Paris", "public_body",
      [("ville de Paris", 1), "[Paris] a prévu", ("ville de Paris", 2)], aliases=["Paris"]),
    O("Le Village du Crédit Agricole", "other", ["Le Village du Crédit Agricole"]),
    O("Amaury Lab", "other", ["Amaury Lab"]),
    O("Groupe Amaury", "company", ["Groupe Amaury"]),
    O("Paris région lab", "other", ["Paris région lab"]),
    L("Vaux-le-Pénil", ["Vaux-le-Pénil"]),
    L("Seine-et-Marne", ["Seine-et-Marne"]),
    D("[fin 2015]", "2015", mod="END"),
    L("Saclay", ["Saclay"]),
    L("Essonne", ["Essonne"]),
    D("en [2017]", "2017"),
    D("l’[an prochain]", None, relative=True),
    L("Macdonald", ["entrepôts [Macdonald]"]),
    L("19e arr.", ["19e arr."]),
    D("de [novembre 2014]", "2014-11"),
    O("Atelier parisien d’urbanisme", "other", ["[Atelier parisien d’urbanisme] (Apur)", "Atelier parisien d’urbanisme ([Apur])"], aliases=["Apur"]),
    D("entre [2000 et 2013]", "2000", value_end="2013"),
    D("en [2016]", "2016"),
    L("Halle Freyssinet", ["Halle Freyssinet"]),
    L("13e arr.", ["13e arr."]),
    O("Silver Innov’", "other", ["Silver Innov’"]),
    L("Ivry-sur-Seine", ["Ivry-sur-Seine"]),
    L("Val-de-Marne", ["Val-de-Marne"]),
]

UNANNOTATED = []
