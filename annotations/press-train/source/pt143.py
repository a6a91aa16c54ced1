# WebTimeMedias: the Côte d'Azur celebrates its French Tech label.
BODY_START = None
BODY_END = None

F = "French Tech Côte d'Azur"
E = "French Tech Côte d'Azur entrepreneurs"
RECORDS = [
    P("Jean Leonetti", [("Jean Leonetti", n) for n in range(1, 4)], roles=[("député-maire", None)]),
    P("Pierre Laffitte", [("Pierre Laffitte", 1), ("Pierre Laffitte", 2)]),
    P("Claude Giafferri", ["Claude Giafferri"], roles=[("Pdg", "Amadeus")]),
    P("Gérard Giraudon", ["Gérard Giraudon"], roles=[("directeur", "Inria Sophia")]),
    P("Laurent Londeix", ["Laurent Londeix"], roles=[("([président] de Sophia Club", "Sophia Club Entreprises")]),
    P("Guilaine Debras", ["Guilaine Debras"], roles=[("([maire] de Biot", None)]),
    P("Jean-Pierre Mascarelli", ["Jean-Pierre Mascarelli"], roles=[("président d'honneur", "Team Côte d'Azur")]),
    P("François-Pierre Lepage", ["François-Pierre Lepage"], roles=[("([président] de l'association French", E)]),
    P("David Lisnard", ["David Lisnard"], roles=[("le [maire] de Cannes", None)]),

    O(F, "other", [F]),
    O("Alpes-Maritimes", "public_body", ["Alpes-Maritimes"]),  # slip §12: acting territory is public_body (was other); acts: "avaient joué groupé"
    O("Amadeus", "company", ["Amadeus"]),
    O("Inria Sophia", "education_research", ["Inria Sophia"]),
    O("Sophia Club Entreprises", "association", ["Sophia Club Entreprises"]),
    O("Team Côte d'Azur", "other", ["Team Côte d'Azur"]),
    O(E, "association", [E]),

    L("Côte d'Azur", ["La [Côte] fête", "de la [Côte d'Azur] high"]),
    L("Nice", ["A [Nice],", "candidature [Nice],"]),
    L("Sophia Antipolis", [("Sophia Antipolis", n) for n in range(1, 5)] + ["AzurArena de [Sophia], hier"]),
    L("Cannes", [("Cannes", n) for n in range(1, 4)]),
    L("Grasse", [("Grasse", 1), ("Grasse", 2)]),
    L("AzurArena", [("AzurArena", 1), ("AzurArena", 2)]),
    L("Biot", ["Biot"]),

    D(("hier soir", 1), None, relative=True),
    D(("hier soir", 2), None, relative=True),
    D("hier soir, [jeudi]", None, relative=True),
    D("même soir", None, relative=True),
]
UNANNOTATED = [("Sophia", 4, "inside the event name Jeux de Sophia")]
