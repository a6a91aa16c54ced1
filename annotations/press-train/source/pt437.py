# pt437 — lagazettedescommunes.com (2020), tiers-lieux after the lockdown.
BODY_START = "Développement local"
BODY_END = None

RECORDS = [
    D("28/09/2020", "2020-09-28"),  # publication stamp
    P("Gaëlle Ginibrière", ["Gaëlle Ginibrière"]),  # byline
    L("France", ["dans : [France]", "tiers-lieux en [France]"]),
    P("Patrick Levy-Waitz", ["Patrick Levy-Waitz"],
      roles=[("désormais [président] de l’association", "France Tiers-lieux")]),
    D("auteur en [2018]", "2018"),
    O("France Tiers-lieux", "association", ["France Tiers-lieux"]),
    O("région Occitanie", "public_body", ["région Occitanie"]),  # acts: its territorial strategy
    D("territoire pour [2040]", "2040"),
]

UNANNOTATED = []
