# Hand annotations of corpus/002_e4f91614b34edbfb.txt ("Auvergne, l'empreinte
# digitale"). Read by annotations/build.py, which provides P, O, A, M, D.
# Locators: see build.py and GUIDELINES.md.

# The body includes the section headings, the photo caption and its credit
# ("Ecole Ydes (37)", "(Crédits : Jean-Michel Peyral)") and the "Perfect memory"
# inset. It ends before the trailing promo line "Retrouvez notre interview de
# Franck Reynaud, ..." (a link to another article), followed by site chrome and
# the empty comment form.
BODY_END = "Retrouvez notre interview"

RECORDS = [
    # --- persons ---
    P("Vincent Descoeur", ["Vincent Descoeur"],
      roles=[("président", "conseil départemental du Cantal")]),
    P("Sébastien Pissavy", [("Sébastien Pissavy", 1), ("Sébastien Pissavy", 2)],
      roles=[("fondateur", "Jeuxvideo.com")]),  # "jeune fondateur, à Aurillac, du site Jeuxvideo.com"
    P("René Souchon", ["René Souchon"],
      roles=[("président", "conseil régional d'Auvergne")]),  # "président socialiste de la région Auvergne"
    P("Sophie Rognon", [("Sophie Rognon", 1), ("Sophie Rognon", 2)],
      roles=[("directrice de la Mission développement numérique", "conseil régional d'Auvergne")]),
    P("Jean-Michel Peyral", ["Jean-Michel Peyral"]),  # photo credit
    P("Steny Solitude", ["Steny Solitude"],
      roles=[("Pdg", "Perfect Memory")]),  # "le Pdg", right after the Perfect Memory paragraph
    P("Olivier Bernasson", ["Olivier Bernasson"],
      roles=[("cofondateur", "Pecheurs.com"), ("président", "Pecheurs.com")]),
    P("Jérémy Montagné", ["Jérémy Montagné"],
      roles=[("chargé de mission pour la filière numérique",
              "Agence régionale de développement économique Auvergne")]),
    P("Franck Raynaud", ["Franck Raynaud"],
      roles=[("président", "Auvergne TIC")],
      aliases=["Franck Reynaud"]),  # spelling of the promo line after the body
    P("Sébastien Cheyvialle", [("Sébastien Cheyvialle", 1), ("Sébastien Cheyvialle", 2)],
      roles=[("directeur", "chambre de commerce et d'industrie d'Aurillac")]),  # of its training centre

    # --- organizations ---
    O("Accenture", "company", ["Accenture"]),
    O("Atos Origin", "company", ["Atos Origin"]),
    O("Capgemini", "company", ["Capgemini"]),
    O("CGI", "company", ["CGI"]),
    O("Sopra", "company", ["Sopra"]),
    O("IBM", "company", ["IBM"]),
    O("conseil départemental du Cantal", "public_body", ["conseil départemental du Cantal"]),
    O("Jeuxvideo.com", "media", [("Jeuxvideo.com", 1), ("Jeuxvideo.com", 2)]),
    O("Odyssée Interactive", "company", ["l'[Odyssée Interactive]"]),
    # "la région Auvergne" (whose président René Souchon was) and "la Région
    # Auvergne" (which co-wrote the SRADDT) are the regional council; bare "la
    # Région" / "la région" are generic references and not mentions.
    O("conseil régional d'Auvergne", "public_body",
      ["la [région Auvergne]", ("conseil régional d'Auvergne", 1), "la [Région Auvergne]",
       ("conseil régional d'Auvergne", 2)],
      aliases=["Région Auvergne", "conseil régional Auvergne"]),
    O("Ecole Ydes", "education_research", ["Ecole Ydes"]),  # photo caption title
    O("Département du Puy-de-Dôme", "public_body", ["Département du Puy-de-Dôme"],
      aliases=["conseil départemental du Puy-de-Dôme"]),
    O("Logolexie", "company", ["Logolexie"]),
    O("Maskott", "company", ["Maskott"]),
    O("Perfect Memory", "company",
      [("Perfect Memory", 1), "Perfect memory", ("Perfect Memory", 2)]),
    O("Qualiac", "company", ["Qualiac"]),
    O("Almerys", "company", ["Almerys"]),
    O("Pecheurs.com", "company", ["Pecheurs.com"]),
    # one mention: the acronym in parentheses belongs to the name's span
    O("Agence régionale de développement économique Auvergne", "public_body",
      ["Agence régionale de développement économique (ARDE) Auvergne"],
      aliases=["Agence régionale de développement économique (ARDE) Auvergne",
               "Agence régionale de développement économique", "ARDE", "ARDE Auvergne"]),
    O("Clermont Communauté", "public_body", ["Clermont Communauté"]),
    O("Michelin", "company", ["Michelin"]),
    O("Limagrain", "company", ["Limagrain"]),
    O("Crédit Agricole", "company", ["Crédit Agricole"]),
    O("Centre France", "media", ["Centre France"]),
    O("La Montagne", "media", ["La Montagne"]),
    O("Auvergne TIC", "association", ["cluster [Auvergne TIC]"],
      aliases=["cluster Auvergne TIC"]),
    # The Aurillac CCI is the Cantal CCI (same section, same training centre);
    # bare "la CCI" is a common-noun reference and not a mention.
    O("chambre de commerce et d'industrie d'Aurillac", "public_body",
      ["chambre de commerce et d'industrie d'Aurillac", "CCI du Cantal"],
      aliases=["CCI du Cantal", "CCI d'Aurillac", "chambre de commerce et d'industrie du Cantal"]),
    O("Orange", "company", ["Orange"]),
    O("Inéo", "company", ["Inéo"]),
    O("Sogetrel", "company", ["Sogetrel"]),
    O("Esco", "company", ["Esco"]),
    O("Scopelec", "company", ["Scopelec"]),

    # --- amounts ---
    A("300 millions d'euros", 300_000_000),
    A("14,7 millions d'euros", 14_700_000),
    A(("15 millions d'euros", 1), 15_000_000),  # Almerys
    A(("15 millions d'euros", 2), 15_000_000),  # Pecheurs.com

    # --- dates ---
    D("novembre dernier", None, relative=True),
    D("dès les [années 1990]", "199X"),
    D("d'affaires de 300 millions d'euros en [2014]", "2014"),
    D("dès les [années 2000]", "200X"),
    D("il lance en [1997]", "1997"),
    D("son apogée en [2012]", "2012"),
    D("de [2006 à 2015]", "2006", value_end="2015"),
    D("dès [2009]", "2009"),
    D("en [2011]", "2011"),
    D("tranche ([2013-2017])", "2013", value_end="2017"),
    D("d'ici à [2017]", "2017"),
    D(("En [2017], 100 % des lycées", 1), "2017"),  # in the quote
    D(("En [2017], 100 % des lycées", 2), "2017"),  # the same words in the photo caption
    D("horizon [2030]", "2030"),
    D("fondée [il y a dix ans]", None, relative=True),
    D("Créée dans l'amateurisme en [2000]", "2000"),
    D("d'ici [2025]", "2025"),
    D("En [2012], alors que", "2012"),
    D("d'ici deux mois", None, relative=True),
]

UNANNOTATED = []
