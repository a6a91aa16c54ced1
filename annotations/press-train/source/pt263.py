# pt263: Banque des Territoires (archives), the "Entreprise innovante des pôles" label.
BODY_START = "Innovation - Un nouveau label"  # "Archives" is chrome
BODY_END = None

AFIC = "Association française des investisseurs en capital"
RECORDS = [
    P("Hélène Clément", ["Hélène Clément"], roles=[("directrice générale", "Polinvest")]),
    P("Jean-Noël de Galzain", ["Jean-Noël de Galzain"], roles=[("vice-président PME", "System@tic")]),

    O("Club des 17 pôles mondiaux", "association", ["Club des 17 pôles mondiaux"]),
    O("ministère de l'Industrie", "public_body", ["ministère de l'Industrie"]),
    O("Caisse des Dépôts", "public_body", ["Caisse des Dépôts"]),
    O("Oseo", "public_body", ["Oseo"]),
    O(AFIC, "association", ["[" + AFIC + "] (Afic)", AFIC + " ([Afic])"], aliases=["Afic"]),
    O("France Angels", "association", ["France Angels"]),
    O("Retis", "association", ["Retis"]),
    O("Polinvest", "other", ["Polinvest"]),
    O("System@tic", "association", ["System@tic"]),

    D("3 juin dernier", None, relative=True),
]
UNANNOTATED = []
