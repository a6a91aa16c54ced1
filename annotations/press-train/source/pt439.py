# pt439 — forumeco.fr, first anniversary of the Village by CA Champagne-Bourgogne (Dijon).
BODY_START = None
BODY_END = None

RECORDS = [
    # "leVillage by CA Champagne-Bourgogne" and "LeVillage" are glued to the article: no whole-word locator
    O("Village by CA Champagne-Bourgogne", "other",
      ["[Village by CA] :", "Village by CA Champagne-Bourgogne", "au [Village by CA]"], aliases=["Village by CA"]),
    L("rue des Godrans", [("rue des Godrans", 1), ("rue des Godrans", 2)]),
    L("Dijon", ["Godrans à [Dijon]", "locaux de [Dijon]"]),
    D("bougie le [17 janvier]", "XXXX-01-17"),
    D("Ouvert le [2 janvier 2018]", "2018-01-02"),
    D("inauguré le [6 mars]", "XXXX-03-06"),
    L("salle de Flore", ["salle de Flore"]),
    L("Mairie de Dijon", ["Mairie de Dijon"]),  # the town hall building
    D("villageois le [17 janvier]", "XXXX-01-17"),
    P("Jean- Yves Remillet", ["Jean- Yves Remillet"],
      roles=[("[président] du Crédit Agricole", "Crédit Agricole Champagne-Bourgogne")]),
    O("Crédit Agricole Champagne-Bourgogne", "company", ["Crédit Agricole Champagne-Bourgogne"]),
    O("APPR", "other", ["APPR"]),
    L("Besançon", ["Besançon"]),
    L("Toulouse", ["Tou- louse"]),
]

UNANNOTATED = []
