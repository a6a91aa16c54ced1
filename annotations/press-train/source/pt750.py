# pt750 — neotech.nc, the New Caledonia digital cluster OPEN NC reviews its year: president, staff, member count (2022)
BODY_START = None
BODY_END = None
ON = "OPEN NC"

RECORDS = [
    D("fin novembre", "XXXX-11", mod="END"),
    O(ON, "association", [(ON, i) for i in range(1, 5)]),
    L("Station N", ["Station N"]),
    D("année [2022]", "2022"),
    P("Hatem Bellagi", ["Hatem Bellagi"], roles=[("le [président] hyperactif", ON)]),   # "Le Maître de cérémonie": no post
    P("Manon Ramos", ["Manon Ramos"], roles=[("chef de projet", ON)]),
    P("Martin", ["à [Martin], fiston"]),
    P("Margaux Loche", ["Margaux Loche"], roles=[(None, ON)]),      # "« l'historique » visage opérationnel d'OPEN NC"
    M("[101. C’est, à date, le nombre d’adhérents]", ON, 101, "adhérents"),
    D("objectif [2022]", "2022"),
    P("Laurent Rivation", ["Laurent Rivation"], roles=[("président de la commission cybersécurité", ON)]),
    O("Province Sud", "public_body", ["Province Sud"]),
    O("UNC", "education_research", ["UNC"]),
]
UNANNOTATED = []
