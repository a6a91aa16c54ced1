# pt413 — faireavancerlasantenumerique.com (FASN), La Réunion joins the French Tech (2016).
BODY_START = None
BODY_END = None

RECORDS = [
    D("30 août 2016", "2016-08-30"),  # publication stamp
    O("FASN", "media", ["FASN"]),
    L("île de La Réunion", ["La Réunion", "à la [Réunion]", "île de La Réunion"]),
    D("Labellisée [fin juillet]", "XXXX-07", mod="END"),
    L("Afrique", ["Afrique"]),
    D("les [24 et 25 novembre]", "XXXX-11-24", value_end="XXXX-11-25"),
    L("Saint-Denis de la Réunion", ["Saint-Denis de la Réunion", "villes de [Saint-Denis]", "à [Saint-Denis] ,"]),
    O("Médialight", "company", ["Médialight"]),
    P("Philippe Arnaud", [("Philippe Arnaud", 1), ("Philippe Arnaud", 2)],
      roles=[("Son [directeur]", "Médialight"),
             ("[président] de Digital", "Digital Réunion")]),
    O("Digital Réunion", "association", ["Digital Réunion"]),
    D("le [25 juillet dernier]", None, relative=True),
    D("au [1er décembre 2016]", "2016-12-01"),
    L("Sainte-Marie", ["Sainte-Marie"]),
    L("Saint-André", ["Saint-André"]),
    L("Saint-Leu", ["Saint-Leu"]),
    P("Mireille Helou", ["Mireille Helou"], roles=[("[directrice] de Orange", "Orange Réunion Mayotte")]),
    O("Orange Réunion Mayotte", "company", ["Orange Réunion Mayotte"]),
    O("Technopole de la Réunion", "other", ["Technopole de la Réunion"]),
    L("Transfo", ["le [Transfo]"]),  # the venue, "géré par la Chambre de commerce" (no place: generic)
    L("Saint-Pierre", ["Saint-Pierre"]),
    P("Anne-Laure Payet", ["Anne-Laure Payet"]),
    P("Isabelle Albert", ["Isabelle Albert"]),
]

UNANNOTATED = []
