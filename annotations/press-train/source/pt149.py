# La Gazette: French Tech Lille presents the HDF100.
BODY_START = None
BODY_END = None

F = "French Tech Lille"
RECORDS = [
    P("Sam Dahmani", [("Sam Dahmani", 1), ("Sam Dahmani", 2)], roles=[("directeur général délégué", F)]),

    O(F, "other", [(F, n) for n in range(1, 6)]),
    O("WeLoveDevs", "company", ["WeLoveDevs"]),
    O("ClicData", "company", ["ClicData"]),
    O("Inria", "education_research", ["Inria"]),

    L("Hauts-de-France", [("Hauts-de-France", n) for n in range(1, 4)]),
    L("EuraTechnologies", ["EuraTechnologies"]),  # "la zone d'EuraTechnologies"

    D("23 juin dernier", None, relative=True),
    D("le [23 juin], dans", "XXXX-06-23"),
]
UNANNOTATED = []
