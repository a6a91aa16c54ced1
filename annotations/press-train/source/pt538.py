BODY_START = None
BODY_END = None
# Garorock and the Festival international de journalisme are events, not organizations.

VGA = "Val de Garonne Agglomération"
RECORDS = [
    P("Gilles Van Kote", ["Gilles Van Kote"],
      roles=[("Kote, [directeur délégué] du journal", "Le Monde")]),
    P("Joanna Bulmer", ["Joanna Bulmer"], roles=[(None, "Vivendi Village")]),   # "pour Vivendi Village"
    P("Élise Duprat", ["Élise Duprat"], roles=[(None, "Lisi Aerospace")]),
    P("Éric Van de Zande Lucas", ["Éric Van de Zande Lucas"],
      roles=[("Lucas, [président] de Mr Power", "Mr Power")]),
    P("Jean-Luc Armand", [("Jean-Luc Armand", 1), ("Jean-Luc Armand", 2)],
      roles=[("Armand, [conseiller régional]", None),
             ("du [conseiller régional] Jean-Luc", None)]),  # the title written again (§15)
    P("Jacques Bilirit", [("Jacques Bilirit", 1), ("Jacques Bilirit", 2)],
      roles=[("Bilirit, [président] de Val", VGA),
             ("du [président] de l’intercommunalité", VGA)]),  # the title written again (§15); generic noun outside the span (§16)
    P("Michel Gouriou", ["Michel Gouriou"], roles=[("Gouriou, [sous-préfet] de", None)]),

    O("Eurêka’Incub", "other", [("Eurêka’Incub", 1), ("Eurêka’Incub", 2)]),
    O("Le Monde", "media", ["Le Monde"]),
    O("Vivendi Village", "company", ["Vivendi Village"]),
    O("Lisi Aerospace", "company", ["Lisi Aerospace"]),
    O("Mr Power", "association", ["Mr Power"]),
    O(VGA, "public_body", [VGA]),
    O("Ubic", "education_research", ["Ubic"]),
    O("Bordeaux Technowest", "other", ["Bordeaux Technowest"]),

    L("Marmandais", ["Marmandais"]),
    L("Marmande-Nérac", ["Marmande-Nérac"]),
    L("Couthures-sur-Garonne", ["Couthures-sur-Garonne"]),
    L("plaine de la Filhole", ["plaine de la Filhole"]),
    L("Marmande", ["Filhole à [Marmande]"]),
    L("Val de Garonne", ["le [Val de Garonne] est", "en [Val de Garonne] :"]),
    L("Lot-et-Garonne", ["Lot-et-Garonne"]),
    L("Tonneins", ["Tonneins"]),
    L("Samazan", ["Samazan"]),

    A(("56 000 euros", 1), 56000),
    A(("56 000 euros", 2), 56000),
    A("8 000 euros", 8000),
]

UNANNOTATED = []
