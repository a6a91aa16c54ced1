# pt450 — 103news.com, third cohort of the Landestini incubator (Aurillac).
BODY_START = None
BODY_END = None

RECORDS = [
    O("Landestini", "other", [("Landestini", 1), ("Landestini", 2), ("Landestini", 3)]),
    L("Aurillac", ["Aurillac"]),
    P("Sacha Abecassis", [("Sacha Abecassis", 1), ("Sacha Abecassis", 2), ("Sacha Abecassis", 3)],
      roles=[("[responsable] de l’incubateur", "Landestini")]),
    D("À partir de [septembre]", "XXXX-09"),
    D("à partir d’[avril]", "XXXX-04"),
    D("le [8 juin]", "XXXX-06-08"),
]

UNANNOTATED = []
