# pt924 — zinfos974.com, the regional vice-president for digital affairs chairs the digital sector committee (2018)
BODY_START = "Vincent Payet préside"     # after the store's date stamp and the "RETOUR La Réunion Positive" chrome
BODY_END = None
# The Region is never named as a body here ("l’Hôtel de Région" is a building): the titles have organization null.

RECORDS = [
    P("Vincent Payet", ["Vincent Payet", "Vincent PAYET"], aliases=["Vincent PAYET"],
      roles=[("Payet [préside] le Comité", None, "président"),        # the sector committee, no organization record
             ("[Vice-Président délégué au numérique]", None),
             ("Le [Vice-Président] a tenu", None)]),
    D("accueilli [ce jour]", None, relative=True),
    L("Hémicycle Pierre Lagourgue", ["Hémicycle Pierre Lagourgue"]),
    L("Hôtel de Région", ["Hôtel de Région"]),
    L("La Réunion", ["La Réunion"]),
    O("Secrétariat d'Etat au Numérique", "public_body", ["Secrétariat d'Etat au Numérique"]),
    O("Direction Générale des Entreprises", "public_body", ["Direction Générale des Entreprises"]),
    D("saluer [ce matin]", None, relative=True),
    # "la Chambre de Métiers et de l’Artisanat", "la Chambre de Commerce et d’industrie": no place named, no record (§5)
]
UNANNOTATED = []
