# La Gazette (Nord-Pas-de-Calais) 2024: interview of the head of French Tech Lille.
BODY_START = None
BODY_END = None

F = "French Tech Lille"
RECORDS = [
    P("Hélène Clary", ["Hélène Clary"], roles=[(None, F), ("co-fondatrice", "ClicData")]),  # "À la tête de"

    O(F, "other", [(F, 1), (F, 2), (F, 3)]),
    O("ClicData", "company", ["ClicData"]),
    O("La Gazette", "media", ["La Gazette"]),

    L("Hauts-de-France", ["Hauts-de-France"]),
    L("Lille", ["[Lille] fait partie"]),
    L("France", ["Tech de [France]"]),
    L("Bordeaux", ["Bordeaux"]),
    L("Nord", ["Nord"]),

    D("mars 2024", "2024-03"),
    M("adhérents (300)", F, 300, "adhérents"),  # "Lille ... en nombre ... d'adhérents (300)"
]
UNANNOTATED = []
