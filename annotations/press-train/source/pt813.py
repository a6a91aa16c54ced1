# pt813 — actu-juridique.fr, interview of the director of Réseau Entreprendre du Val-de-Marne (2023)
BODY_START = "Réseau Entreprendre du Val-de-Marne a été"     # " date 2023-12 ": store prefix
BODY_END = None
RE = "Réseau Entreprendre du Val-de-Marne"

RECORDS = [
    P("Véronique Poitou", [("Véronique Poitou", i) for i in range(1, 4)],
      roles=[("La [directrice] de Réseau", RE)]),

    O(RE, "association", [(RE, 1), (RE, 2), (RE, 3), "Réseau Entreprendre 94", (RE, 4)],
      aliases=["Réseau Entreprendre 94"]),
    O("Actu-Juridique", "media", ["Actu-Juridique", "AJ"], aliases=["AJ"]),   # the interviewing outlet
    O("BpiFrance", "public_body", ["BpiFrance"]),

    L("Créteil", ["Créteil"]),
    L("parc Icade de Rungis", ["parc Icade de Rungis"]),

    D("créé en [2012]", "2012"),
    M("110 dirigeants adhérents", RE, 110, "dirigeants adhérents"),   # "cette association réunit ..."
    D("Depuis [2021]", "2021"),
    D("création en [2012]", "2012"),
]

# "environ 90 entrepreneurs lauréats" (supported), "près de 200 sociétés" (members and supported together): no member count.
UNANNOTATED = []
