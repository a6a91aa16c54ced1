# Tahiti Infos 2022: the Tech4Islands Summit of French Tech Polynésie.
BODY_START = "Le Tech4Islands Summit met"  # " date 2022-10 " store prefix
BODY_END = None

F = "French Tech Polynésie"
RECORDS = [
    P("Heiura Itae-Tetaa", ["Heiura Itae-Tetaa"], roles=[("la [présidente] de la French", F)]),

    O(F, "other", [(F, n) for n in range(1, 5)]),
    O("ministère en charge du Numérique", "public_body", ["ministère en charge du Numérique"]),
    O("CCISM", "public_body", ["CCISM"]),

    L("Tahiti", [("Tahiti", 1)]),
    L("InterContinental Tahiti", ["hôtel [InterContinental] et", "InterContinental Tahiti"]),
    L("Polynesian Factory", [("Polynesian Factory", 1), ("Polynesian Factory", 2)]),
    L("Papeete", ["Papeete"]),
    L("Pirae", ["Pirae"]),
    L("Polynésie française", ["Polynésie française"]),
    L("Pacifique", ["Pacifique"]),

    D("3 octobre 2022", "2022-10-03"),
    D("13 au 15 octobre", "XXXX-10-13", value_end="XXXX-10-15"),
    D("revient en [2022]", "2022"),
    D("cette année", None, relative=True),
    D("13, 14 et 15 octobre", "XXXX-10-13", value_end="XXXX-10-15"),
    D("Lundi matin", None, relative=True),
    D("en [2017]", "2017"),
    D("innovation [2030]", "2030"),
]
UNANNOTATED = [("Tahiti", 3, "inside the event name Digital Festival Tahiti")]
