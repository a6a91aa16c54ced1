# pt917 — webtimemedias.com, Telecom Valley's general meeting amid a crisis: outgoing president, departures, member decline (2013)
BODY_START = None
BODY_END = None
TV = "Telecom Valley"
MEMBRES = ("plusieurs [membres] \"historiques\"", TV)

RECORDS = [
    O(TV, "association", [(TV, 1), (TV, 2)]),
    D("[jeudi 11 avril]", "XXXX-04-11"),
    O("EURECOM", "education_research", ["EURECOM"]),
    L("Campus SophiaTech", ["Campus SophiaTech"]),
    D("importante [cette année]", None, relative=True),
    P("Hugues Daillez", ["Hugues Daillez"], roles=[(None, TV)]),   # "le mandat de deux ans d'Hugues Daillez": no title written for him
    O("SCS", "association", ["pôle [SCS]"]),
    D("[fin mars]", "XXXX-03", mod="END"),
    P("Sabrina Coccia", ["Sabrina Coccia"], roles=[("sa [directrice opérationnelle] Sabrina", TV)]),
    P("Antoine Perry", ["Antoine Perry"], roles=[MEMBRES, ("Perry, [ancien président]", TV)]),
    P("Nathalie Cottat", ["Nathalie Cottat"], roles=[MEMBRES]),     # "qui animait le challenge": an event, no title
    # "le nombre de sociétés membres ... passant de 140 ... à une centaine": the counted noun precedes the numbers;
    # a member-count span must run from the quantity to its noun (§7), so these two counts are left out
    D("[il y a deux ans]", None, relative=True),
    # "Au nouveau président (Jean-Bernard Titz ... tiendrait la pole position)": a post still to fill (§16), no role at Telecom Valley
    P("Jean-Bernard Titz", ["Jean-Bernard Titz"], roles=[("[fondateur] de Dev-help", "Dev-help")]),
    O("Dev-help", "company", ["Dev-help"]),
    L("Business Pôle", ["Business Pôle"]),
    O("CASA", "public_body", ["CASA"]),
    D("en [fin d'année dernière]", None, relative=True),
]
UNANNOTATED = []
