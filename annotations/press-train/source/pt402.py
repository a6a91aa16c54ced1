# pt402 — mondedesgrandesecoles.fr, interview of the Novancia incubator head.
BODY_START = None
BODY_END = None

RECORDS = [
    P("Joël Saingré", [("Joël Saingré", 1), ("Joël Saingré", 2), ("Joël Saingré", 3)],
      roles=[(("Responsable de l’incubateur", 1), "Novancia"),
             ("[Vice-Président] et fondateur", "Incubateurs de l’Enseignement Supérieur"),
             ("Vice-Président et [fondateur]", "Incubateurs de l’Enseignement Supérieur"),
             (("Responsable de l’incubateur", 2), "Novancia"),
             (("Responsable de l’incubateur", 3), "Novancia")]),

    O("Novancia", "education_research", [("Novancia", 1), ("Novancia", 2), ("Novancia", 3)]),
    O("CCI Paris Ile-de-France", "public_body", ["CCI Paris Ile-de-France"]),
    O("Incubateurs de l’Enseignement Supérieur", "other",
      [("IES", 1), "Incubateurs de l’Enseignement Supérieur", ("IES", 2)], aliases=["IES"]),

    L("France", [("France", 2)]),
]

UNANNOTATED = []
