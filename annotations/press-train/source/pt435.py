# pt435 — lalettredumaire.com, La Fabulerie en herbe (Lozère).
BODY_START = None
BODY_END = None

RECORDS = [
    L("Saint-Etienne-Vallée- Française", ["Saint-Etienne-Vallée- Française"]),
    L("Lozère", ["[Lozère], 532"]),
    O("La Fabulerie en herbe", "other", [("La Fabulerie en herbe", 1), ("La Fabulerie en herbe", 2)]),
    P("Axelle Benaïch", [("Axelle Benaïch", 1), ("Axelle Benaïch", 2)],
      roles=[("La [fondatrice] a ciblé", "La Fabulerie en herbe")]),
    O("La Fabulerie", "other", ["« [La Fabulerie] », à"]),
    L("Marseille", ["Marseille"]),
    A("50 €", 50, to="La Fabulerie en herbe"),  # from "la commune" (generic)
    P("Patrick Valderon", ["Patrick Valderon"], roles=[("le [maire]", None)]),
    O("Lozère développement", "public_body", ["Lozère développement"]),  # §16: the département's development agency
    O("Ad’ooc", "public_body", ["Ad’ooc"]),  # §16: the region's development agency
    A("80 000 €", 80000, to="La Fabulerie en herbe",
      by=["communauté de communes des Cévennes au Mont Lozère", "Drac", "Union européenne"]),
    O("communauté de communes des Cévennes au Mont Lozère", "public_body",
      ["communauté de communes des Cévennes au Mont Lozère"]),
    O("Drac", "public_body", ["Drac"]),
    O("Union européenne", "public_body", ["Union européenne"]),
]

UNANNOTATED = []
