# Monaco-Matin (via PressReader) 2017: French Tech Côte d'Azur goes on structuring.
BODY_START = "La French Tech Côte d’Azur poursuit"  # the paper's name line is PressReader chrome
BODY_END = None

F = "French Tech Côte d’Azur"
G = "Club des Entrepreneurs de Grasse"
RECORDS = [
    P("Eric Léandri", ["Eric Léandri"], roles=[("président", F)]),
    P("Olivier Béchu", ["Olivier Béchu"], roles=[(None, "Capénergies"), (None, G), (None, F)]),  # "de Capénergies", "issus du Club"; named to the FTCA college
    P("Michel Gswind", ["Michel Gswind"], roles=[(None, "Areco"), (None, G), (None, F)]),
    P("Philippe Garcia", ["Philippe Garcia"], roles=[("Son [président], Philippe", "Nice Start(s)Up")]),

    O(F, "other", [(F, 1), (F, 2), ("FTCA", 1), ("FTCA", 2)], aliases=["FTCA"]),
    O("CEEI", "other", [("CEEI", 1), ("CEEI", 2)]),
    O("Capénergies", "association", ["Capénergies"]),
    O("Areco", "company", ["Areco"]),
    O(G, "association", [G]),
    O("Cannes", "public_body", ["[Cannes] est en train"]),  # slip §12: acting territory is public_body (was other); acts: structures an association
    O("Telecom Valley", "association", ["Telecom Valley"]),
    O("Nice Start(s)Up", "association", ["Nice Start(s)Up"]),

    L("Nice", ["CEEI à [Nice]"]),
    L("avenue Simone-Veil", ["avenue Simone-Veil"]),
    L("Bâtiment Totem", ["Bâtiment Totem"]),
    L("Nice Métropole", ["Nice Métropole"]),
    L("Sophia Antipolis", ["Sophia Antipolis"]),
    L("Business Pôle", ["Business Pôle"]),
    L("Cannes", ["[Cannes] et Grasse"]),
    L("Grasse", ["Cannes et [Grasse]", "pour [Grasse]:"]),
    L("Bastide rouge", ["Bastide rouge"]),
    L("Hôtel d’entreprises Grasse Biotech", ["Hôtel d’entreprises Grasse Biotech"]),
    L("Métropole Nice Côte d’Azur", ["Métropole Nice Côte d’Azur"]),

    D("semaine dernière", None, relative=True),
    D("octobre dernier", None, relative=True),
    D("21 décembre", "XXXX-12-21"),
]
UNANNOTATED = []
