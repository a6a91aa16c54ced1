# pt414 — memento.fr, EVER'EST contest final (La Réunion, 2025).
BODY_START = None
BODY_END = None

RECORDS = [
    D("le [10 juillet]", "XXXX-07-10"),
    O("CIREST", "public_body", ["CIREST"]),
    L("Saint-Benoît", ["Saint-Benoît"]),
    O("Club Éco Bourbon", "association", ["[Club Éco Bourbon] (CEB)", "Club Éco Bourbon ([CEB])"], aliases=["CEB"]),
    L("Est de La Réunion", ["Est de La Réunion", "communes de l’[Est]", "dans l’[Est]"]),
    D("en [2020]", "2020"),
    L("Colosse", ["Colosse"]),
    D("le [27 juin dernier]", None, relative=True),
    O("France Travail", "public_body", ["France Travail"]),
    O("ADIE", "other", ["ADIE"]),
    P("Joëlle Boyer", ["Joëlle Boyer"], roles=[(None, "RékréMarmailles")]),
    O("RékréMarmailles", "other", ["RékréMarmailles"]),
    P("Leonoic Clapet", ["Leonoic Clapet"], roles=[(None, "Jardile OI")]),
    O("Jardile OI", "company", ["Jardile OI"]),
    P("Raphaelle", ["Raphaelle"], roles=[(None, "Tropical Mood Coffee")]),
    P("Tomo", ["Tomo"], roles=[(None, "Tropical Mood Coffee")]),
    O("Tropical Mood Coffee", "company", ["Tropical Mood Coffee"]),
    A("10 000 euros", 10000),
]

UNANNOTATED = []
