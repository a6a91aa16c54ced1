# NeoTech (NC) 2024: French Tech Nouvelle-Calédonie general assembly, board election.
BODY_START = None
BODY_END = None

F = "French Tech Nouvelle-Calédonie"
RECORDS = [
    P("Franck Ollivier", [("Franck Ollivier", 1), ("Franck Ollivier", 2)],
      roles=[("anciens co-présidents", F)]),
    P("Tony Despujols", [("Tony Despujols", 1), ("Tony Despujols", 2), "[Tony] a, pour"],
      roles=[("anciens co-présidents", F), ("Despujols, [co-président] démissionnaire", F),
             ("[fondateur] de la startup Agrilogic", "Agrilogic Systèmes"), ("membre du board", F)]),
    P("Jean-Marc Brécard", ["Jean-Marc Brécard"], roles=[("Brécard, [fondateur]", "MAM Safe Connect")]),  # §16 merge: renamed body is a second record
    P("Didier Perdreno", ["Didier Perdreno"], roles=[("responsable", "MUVA")]),
    P("Aurore Klepper", ["Aurore Klepper"], roles=[("permanents", F)]),
    P("Augustin Bachoud", ["Augustin Bachoud"], roles=[("permanents", F)]),

    O("UNC", "education_research", ["UNC"]),
    O(F, "association", [(F, 1), (F, 2), (F, 3), ("FTNC", 1), ("FTNC", 2), ("FTNC", 3)], aliases=["FTNC"]),
    O("Agrilogic Systèmes", "company", ["Agrilogic Systèmes"]),
    O("NeoTech", "media", ["NeoTech"]),
    O("MAM Safe Connect", "company", ["MAM Safe Connect"]),  # §16 merge: "renommée en" gives two records
    O("Assistance Connectée", "company", ["Assistance Connectée"]),
    O("MUVA", "company", ["MUVA"]),
    O("CIPAC", "company", ["CIPAC"]),  # §16 head noun "Groupe" left out

    D("vendredi 1 mars", "XXXX-03-01"),
    D(("Bilan [2023]", 1), "2023"),
    D("Vision [2024]", "2024"),
    D("en [décembre]", "XXXX-12"),
    D(("Bilan [2023]", 2), "2023"),
    M("25 contributeurs / financeurs", F, 25, "contributeurs / financeurs"),
    M("près de [60 startups]", F, 60, "startups", "about"),
]
UNANNOTATED = []
