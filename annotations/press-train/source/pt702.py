# pt702 — info-eco.fr, the SPN digital cluster elects two co-presidents, member count
BODY_START = None
BODY_END = None

RECORDS = [
    D("Fin juin", "XXXX-06", mod="END"),
    P("Jean-Christophe Gilbert", [("Jean-Christophe Gilbert", 1), ("Jean-Christophe Gilbert", 2)],
      roles=[("Gilbert, [dirigeant]", "Weeeb"), ("co-président", "SPN")]),
    P("Sébastien Mahé", ["Sébastien Mahé", "[Sébastien] dirige"],
      roles=[("Mahé, [dirigeant]", "Ria Studio"), (None, "SPN")]),   # "élu à la tête du SPN"

    O("Weeeb", "company", ["Weeeb"]),
    O("Ria Studio", "company", ["Ria Studio"]),
    O("SPN", "association", [("SPN", 1), ("SPN", 2)]),   # "le cluster"

    D("Créé en [2001]", "2001"),
    M("183 adhérents", "SPN", 183, "adhérents"),
    A("un million d’euros", 1000000, to="SPN"),          # budget: the body's (§13, budgets)
    D("programmes en [2017]", "2017"),
]
UNANNOTATED = []
