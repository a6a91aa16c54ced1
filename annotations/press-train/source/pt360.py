# pt360 — echos-judiciaires.com, Nouvelle-Aquitaine, fundraising over the first nine months of 2023
BODY_START = None
BODY_END = None
# "entre 2022 et 2023" compares two years: two dates, not a range.

RECORDS = [
    O("In Extenso Innovation Croissance", "other",  # §16 kind (was company)
      [("In Extenso Innovation Croissance", 1), ("In Extenso Innovation Croissance", 2)]),
    O("ESSEC", "education_research", [("ESSEC", 1), ("ESSEC", 2)]),
    O("France Angels", "other", [("France Angels", 1), ("France Angels", 2)]),
    O("The Exploration Company", "company", ["The Exploration Company"]),
    O("Eklo Hôtels", "company", ["Eklo Hôtels"]),
    O("Dioxycle", "company", ["Dioxycle"]),

    L("Nouvelle-Aquitaine", [("Nouvelle-Aquitaine", 1), ("Nouvelle-Aquitaine", 2), ("Nouvelle-Aquitaine", 3)]),
    L("Gironde", ["Gironde"]),

    A("233 millions d’euros", 233000000),
    A("4,5 millions d’euros", 4500000),
    A("un million d’euros", 1000000, qualifier="under"),
    A("40,5 millions d’euros", 40500000, to="The Exploration Company"),
    A("35 millions d’euros", 35000000, to="Eklo Hôtels"),
    A("17 millions d’euros", 17000000, to="Dioxycle"),

    D("l’[année 2023]", "2023"),
    D("période sur [2022]", "2022"),
    D("entre [2022] et", "2022"),
    D("entre 2022 et [2023]", "2023"),
]

UNANNOTATED = []
