# pt432 — hautsdefrance-id.fr, the Parc d'innovation de l'Artois.
BODY_START = None
BODY_END = None

RECORDS = [
    O("Parc d’innovation de l’Artois", "other",
      [("Parc d’innovation de l’Artois", 1), "PARC D’INNOVATION DE L’ARTOIS",
       ("Parc d’innovation de l’Artois", 2), ("Parc d’innovation de l’Artois", 3)]),
    L("Hauts-de-France", ["en [Hauts-de-France]"]),  # §16: the 2nd is inside the label's name, no mention
    L("Oignies", ["Oignies"]),
    L("Lens", ["Lens"]),
    L("Béthune", ["Béthune"]),
    O("Pôle métropolitain de l’Artois", "public_body", ["Pôle métropolitain de l’Artois"]),
    O("Conseil régional des Hauts-de-France", "public_body", ["Conseil régional des Hauts-de-France"]),
    D("en [2021]", "2021"),
]

UNANNOTATED = [("Hauts-de-France", 2, "inside the label name ”parcs d’innovation Hauts-de-France” (§16)")]
