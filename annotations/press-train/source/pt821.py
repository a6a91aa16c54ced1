# pt821 — territoiredemotions.fr, the Trophées Avenir business-creation awards in Vendée and their founders
BODY_START = None
BODY_END = None
BJ = "Bourse des Jeunes"
CCIV = "Chambre de Commerce et d’Industrie de la Vendée"

RECORDS = [
    O("Vensys", "company", ["Vensys"]),                      # "le groupe vendéen Vensys"
    O("Crédit Mutuel", "company", ["Crédit Mutuel"]),
    O("Direction de la Jeunesse et des Sports", "public_body", ["Direction de la Jeunesse et des Sports"]),
    O(BJ, "association", [(BJ, 1), (BJ, 2)]),                # "L’association"
    O(CCIV, "public_body", [CCIV]),
    O("Initiative Vendée", "association", ["Initiative Vendée"]),   # "Le réseau associatif"
    O("Chambre de Métiers de la Vendée", "public_body", ["Chambre de Métiers de la Vendée"]),

    D("1er janvier et le 31 décembre de l’année civile écoulée", None, relative=True),   # the year before the contest
    D("Depuis [2011]", "2011"),
    D("en [1992]", "1992"),
    D("En [2011]", "2011"),
    A("2500 €", 2500),                                       # the prize; its giver is not said
]

# "Trophées Avenir": a contest (prize), not an organization; "La Chambre d’Agriculture": no proper part written (§16).
UNANNOTATED = []
