# pt402 (second annotation, annotator 3) — interview on higher-education incubators (Novancia, IES)
BODY_START = None
BODY_END = None

RECORDS = [
    P("Joël Saingré", [("Joël Saingré", 1), ("Joël Saingré", 2), ("Joël Saingré", 3)],
      roles=[(("Responsable de l’incubateur", 1), "Novancia"),
             (("Responsable de l’incubateur", 2), "Novancia"),
             (("Responsable de l’incubateur", 3), "Novancia"),
             ("Il est [Vice-Président]", "Incubateurs de l’Enseignement Supérieur"),
             ("Vice-Président et [fondateur]", "Incubateurs de l’Enseignement Supérieur")]),

    O("Novancia", "education_research", [("Novancia", 1), ("Novancia", 2), ("Novancia", 3)]),
    O("CCI Paris Ile-de-France", "public_body", ["CCI Paris Ile-de-France"]),
    O("Incubateurs de l’Enseignement Supérieur", "other",
      ["réseau [IES]", "Incubateurs de l’Enseignement Supérieur", "le jour : [IES]"], aliases=["IES"]),

    L("France", ["en [France]"]),
]

UNANNOTATED = []
