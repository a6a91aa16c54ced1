# pt431 — lagazettefrance.fr, Spark Innovation incubator (Villeneuve d'Ascq).
BODY_START = None
BODY_END = None

RECORDS = [
    L("Parc de la Haute-Borne", ["Parc de la Haute-Borne", "Haute-borne"]),
    L("Villeneuve d'Ascq", [("Villeneuve d'Ascq", 1), ("Villeneuve d'Ascq", 2)]),
    O("Spark Innovation", "other",
      [("Spark Innovation", 1), ("Spark Innovation", 2), ("Spark innovation", 1), ("Spark innovation", 2),
       ("Spark Innovation", 3), ("Spark innovation", 3)]),
    D("le [1er avril dernier]", None, relative=True),
    O("Newton Offices", "company", [("Newton Offices", 1), ("Newton Offices", 2), ("Newton Offices", 3)]),
    P("Djamel Koniez", [("Djamel Koniez", 1), ("Djamel Koniez", 2)],
      roles=[("son [directeur] Djamel", "Spark Innovation"),
             ("le [directeur] aux commandes", "Spark Innovation")]),
    D("lancement officiel [début avril]", "XXXX-04", mod="START"),
    D(("lancement officiel [début avril]", 2), "XXXX-04", mod="START"),  # the caption, repeated
    L("Hauts-de-France", [("Hauts-de-France", 1), ("Hauts-de-France", 2)]),
]

UNANNOTATED = []
