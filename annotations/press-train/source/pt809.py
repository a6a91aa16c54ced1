# pt809 — mairesdefrance.com, a rural third place (La Place des possibles) funded by Leader and Royans-Vercors
BODY_START = None
BODY_END = None
CC = "communauté de communes du Royans-Vercors"
PP = "La Place des possibles"
SL = "commune de Saint-Laurent-en-Royans"

RECORDS = [
    P("Nancy Filet-Coche", ["Nancy Filet-Coche"], roles=[("vice-présidente", CC)]),   # "..., chargée de l’économie": not contiguous
    P("Olivier Beraldin", ["Olivier Beraldin"], roles=[("le [maire], Olivier", SL)]),
    P("Marie Lavagne", ["Marie Lavagne"], roles=[("la [directrice], le chantier", PP)]),   # the third place's director

    O("Europe", "public_body", ["vers l’[Europe]", "L’[Europe] aura"]),   # the EU as funder
    O(CC, "public_body", [CC, "versés par [Royans-Vercors]"], aliases=["Royans-Vercors"]),
    O(SL, "public_body", [SL]),
    O(PP, "other", [PP]),
    O("Gare à vélos", "association", ["Gare à vélos"]),

    A("80 000 euros", 80000, to=PP, by=["Europe"]),     # "ce tiers-lieu" = La Place des possibles
    A("6 000 euros", 6000, to=PP, by=[CC]),
]

UNANNOTATED = []
