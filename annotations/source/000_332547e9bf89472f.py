# Hand annotations of corpus/000_332547e9bf89472f.txt ("La France aura-t-elle sa
# Silicon Valley ?"). Read by annotations/build.py, which provides P, O, A, M, D.
# Locators: "text" = 1st whole-word occurrence, ("text", n) = n-th,
# "left [mention] right" = the bracketed part of that context. See GUIDELINES.md.

BODY_END = None  # no chrome: the whole file is the article body

RECORDS = [
    # --- persons ---
    P("Gregory Palayer",
      ["Gregory Palayer", ("M. Palayer", 1), ("M. Palayer", 2)],
      roles=[("président", "La Cuisine du Web")]),  # "président de cette Cantine lyonnaise"
    P("Magali Olivier", ["Magali Olivier"],
      roles=[("chef de projet", "Atlantic 2.0")]),  # "au sein de l'équipe" of "ce groupe" = Atlantic 2.0
    P("Jean-Marc Ayrault", ["Jean-Marc Ayrault"],
      roles=[("ancien maire", None),         # "L'ancien maire de Nantes": Nantes is a place here
             ("premier ministre", None)]),
    P("François Hollande", ["François Hollande"]),
    P("Gwendoline Legrand", ["Gwendoline Legrand", "Mme Legrand"],
      roles=[("chargée de communication", "La Mêlée"),
             ("responsable développement durable", "La Mêlée")]),
    P("Jean-François Longy", ["Jean-François Longy", "M. Longy"],
      roles=[("fondateur", "CyberCité")]),

    # --- organizations ---
    O("La Cuisine du Web", "association",
      [("La Cuisine du Web", 1), ("La Cuisine du Web", 2), ("La Cuisine du Web", 3),
       "Avant la [Cuisine du Web]"]),
    O("Atlantic 2.0", "association",
      [("Atlantic 2.0", 1), ("Atlantic 2.0", 2), ("Atlantic 2.0", 3), ("Atlantic 2.0", 4)]),
    O("La Cantine by La Mêlée", "other", ["La Cantine by La Mêlée"]),
    O("La Mêlée", "association",
      ["l'association [La Mêlée]", "[La Mêlée] compterait", "[La Mêlée] dispose",
       "[La Mêlée] a permis"]),
    O("Alcatel Lucent", "company", ["Alcatel Lucent"]),
    O("Orange", "company", ["Orange"]),
    O("SFR", "company", ["SFR"]),
    O("La Banque Populaire", "company", ["La Banque Populaire"], aliases=["Banque Populaire"]),
    O("In Extenso", "company", ["In Extenso"]),
    O("Nantes Métropole", "public_body", ["Nantes Métropole"]),
    O("Université de Nantes", "education_research", ["Université de Nantes"]),
    O("communauté urbaine du Grand Toulouse", "public_body",
      ["communauté urbaine du Grand Toulouse"], aliases=["Grand Toulouse"]),
    O("CyberCité", "company", [("CyberCité", 1), ("CyberCité", 2)]),
    O("Lyon Infocité", "association", ["Lyon Infocité"]),

    # --- member counts ---
    M("une cinquantaine d'adhérents", "La Cuisine du Web", 50, "adhérents", "about"),
    M("215 sociétés membres", "Atlantic 2.0", 215, "sociétés membres"),
    M("530 adhérents professionnels", "La Mêlée", 530, "adhérents professionnels"),

    # --- dates ---
    D("Fondée en [2008]", "2008"),
    D("la [mi-octobre]", "XXXX-10", mod="MID"),
]

# Whole-word occurrences of a mention text that are deliberately not annotated.
UNANNOTATED = []
